"""An unknown address looks exactly like a known one, and never leads to a reset."""

from __future__ import annotations

import re

from app_actions import ResetActions
from app_pages import LILA, visible_text
from argon2_work import count_work

from reference_app.messages import QUESTIONS

UNKNOWN = "personne.inconnue@example.fr"
KNOWN = "lila.rosemonde@orange.fr"


def _scrub(page: str, email: str, question: str) -> str:
    """Remove what legitimately differs: the address typed, the question, per-request tokens."""
    page = page.replace(email, "EMAIL").replace(question, "QUESTION")
    page = page.replace("&#39;", "'")
    page = page.replace(email.replace("'", "&#39;"), "EMAIL")
    return re.sub(r'value="[^"]*" *>', 'value="TOKEN">', page)


# test that an unknown address reaches a step 2 page identical but for the address and question
def test_step2_identical(browser, lila, reset):
    stranger = browser()
    known = reset.submit_address(KNOWN)
    unknown = stranger.submit_address(UNKNOWN)
    assert (known.status_code, known.location) == (unknown.status_code, unknown.location)
    known_page = reset.client.get("/mot-de-passe-oublie/question").get_data(as_text=True)
    unknown_page = stranger.client.get("/mot-de-passe-oublie/question").get_data(as_text=True)
    decoy = _question(unknown_page)
    assert decoy in QUESTIONS
    assert _scrub(known_page, KNOWN, lila["question"]) == _scrub(unknown_page, UNKNOWN, decoy)

    wrong_known = reset.answer("Pierre")
    wrong_unknown = stranger.answer("Pierre")
    assert wrong_known.status_code == wrong_unknown.status_code == 200
    assert _scrub(wrong_known.get_data(as_text=True), KNOWN, lila["question"]) == _scrub(
        wrong_unknown.get_data(as_text=True), UNKNOWN, decoy
    )


# test that the decoy question is the same every time the same address is typed
def test_decoy_is_stable(reset):
    reset.submit_address(UNKNOWN)
    first = _question(reset.client.get("/mot-de-passe-oublie/question").get_data(as_text=True))
    reset.submit_address(UNKNOWN.upper())
    again = _question(reset.client.get("/mot-de-passe-oublie/question").get_data(as_text=True))
    assert first == again


# test that no answer ever passes for an unknown address, not even a real account's answer
def test_unknown_never_resets(reset):
    reset.submit_address(UNKNOWN)
    for answer in ("Paul", "", "x" * 50):
        response = reset.answer(answer)
        assert response.status_code == 200
    assert reset.client.get("/mot-de-passe-oublie/nouveau-mot-de-passe").status_code == 302


# test that an unknown address is blocked after 5 wrong answers, exactly like a known one
def test_unknown_lockout_is_the_same(reset):
    reset.submit_address(UNKNOWN)
    responses = [reset.answer("Paul") for _ in range(5)]
    assert responses[-1].location == "/aide?motif=blocage"
    assert reset.submit_address(UNKNOWN).location == "/aide?motif=blocage"


# test that a known and an unknown address cost the same argon2 work at step 2: one verification
# per answer, of a hash made with the same parameters (counted, so a busy machine cannot sway it)
def test_same_argon2_work(make_app):
    app = make_app(LOCKOUT_THRESHOLD=100)
    client = app.test_client()
    client.post("/__spec__/accounts", json=LILA)
    work = count_work(app)
    known, unknown = ResetActions(client), ResetActions(app.test_client())
    known.submit_address(KNOWN)
    unknown.submit_address(UNKNOWN)
    work.operations.clear()
    for _ in range(3):  # the threshold is raised so that no block cuts the sample short
        known.answer("Pierre")
    known_work, work.operations[:] = list(work.operations), []
    for _ in range(3):
        unknown.answer("Pierre")
    assert len(known_work) == 3 and known_work == work.operations, (known_work, work.operations)


def _question(page: str) -> str:
    text = visible_text(page)
    match = re.search(r"La question de confiance que vous aviez sélectionnée : (.+? \?)", text)
    assert match
    return match.group(1)
