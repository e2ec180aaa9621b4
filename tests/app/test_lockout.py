"""Wrong answers counted per address across sessions: 5 in a row block the reset for 15 minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app_actions import ResetActions
from app_pages import LILA, login, text_of

from reference_app import messages

HELP_BLOCKED = "/aide?motif=blocage"


def _at(minutes: float) -> dict[str, str]:
    return {"X-Spec-Now": (datetime.now(UTC) + timedelta(minutes=minutes)).isoformat()}


def _wrong_answers(reset, count: int, headers=None) -> list:
    reset.headers = headers
    reset.submit_address()
    return [reset.answer("Pierre") for _ in range(count)]


# test that the fifth wrong answer in a row blocks and lands on the help page with the message
def test_fifth_wrong_answer_blocks(client, lila, reset):
    responses = _wrong_answers(reset, 5)
    assert [r.status_code for r in responses[:4]] == [200] * 4
    assert responses[4].location == HELP_BLOCKED
    page = client.get(HELP_BLOCKED).get_data(as_text=True)
    assert text_of(page, "lockout") == messages.LOCKOUT
    assert 'id="lockout" class="alert alert--error" role="alert"' in page


# test that the count spans sessions: wrong answers in two browsers add up
def test_count_spans_sessions(browser, lila, reset):
    _wrong_answers(reset, 3)
    other = browser()
    responses = _wrong_answers(other, 2)
    assert responses[-1].location == HELP_BLOCKED


# test that a right answer resets the count (5 in a row, not 5 in all)
def test_right_answer_resets_the_count(browser, lila, reset):
    _wrong_answers(reset, 4)
    assert reset.answer().status_code == 302
    other = browser()
    responses = _wrong_answers(other, 4)
    assert all(r.status_code == 200 for r in responses)


# test that while blocked, step 1 for that address lands on the help page
def test_blocked_at_step1(lila, reset):
    _wrong_answers(reset, 5)
    assert reset.submit_address().location == HELP_BLOCKED


# test that the block lifts after 15 minutes, and not before
def test_block_lifts_after_fifteen_minutes(lila, reset):
    _wrong_answers(reset, 5)
    reset.headers = _at(14.9)
    assert reset.submit_address().location == HELP_BLOCKED
    reset.headers = _at(15.1)
    assert reset.submit_address().location == "/mot-de-passe-oublie/question"
    assert reset.answer().location == "/mot-de-passe-oublie/nouveau-mot-de-passe"


# test that normal login with the current password is never blocked by the lockout
def test_login_not_blocked(app, lila, reset):
    _wrong_answers(reset, 5)
    assert login(app.test_client(), LILA["email"], LILA["password"]).location == "/espace"


# test that the lockout settings drive the threshold and the message
def test_configurable_threshold(make_app):
    app = make_app(LOCKOUT_THRESHOLD=3, LOCKOUT_SECONDS=600)
    client = app.test_client()
    client.post("/__spec__/accounts", json=LILA)
    responses = _wrong_answers(ResetActions(client), 3)
    assert responses[-1].location == HELP_BLOCKED
    page = client.get(HELP_BLOCKED).get_data(as_text=True)
    assert "3 réponses incorrectes" in page and "10 minutes" in page
