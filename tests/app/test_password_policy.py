"""The guide's password rules (1.3 and 2), as a table, and their display on step 3."""

from __future__ import annotations

import pytest
from app_pages import LILA, field_errors
from hypothesis import given
from hypothesis import strategies as st

from reference_app import messages
from reference_app.password_policy import violations

VALID_20 = "abcdefghij0123456789"

# test that each rule is reported with its own French message, and only then
CASES = [
    ("valid, exactly 20 characters", VALID_20, VALID_20, []),
    ("19 characters", VALID_20[:-1], VALID_20[:-1], [messages.PASSWORD_TOO_SHORT]),
    ("letters only", "a" * 24, "a" * 24, [messages.PASSWORD_NOT_MIXED]),
    ("digits only", "1" * 24, "1" * 24, [messages.PASSWORD_NOT_MIXED]),
    ("a space", "abcdefghij 0123456789", "abcdefghij 0123456789", [messages.PASSWORD_SPACE]),
    ("a tab", "abcdefghij\t0123456789", "abcdefghij\t0123456789", [messages.PASSWORD_SPACE]),
    ("an accent", "abcdéfghij0123456789", "abcdéfghij0123456789", [messages.PASSWORD_DIACRITIC]),
    ("a cedilla", "abcdefghiç0123456789", "abcdefghiç0123456789", [messages.PASSWORD_DIACRITIC]),
    ("an emoji", "abcdefghij0123456789🙂", "abcdefghij0123456789🙂", [messages.PASSWORD_DIACRITIC]),
    ("mismatch", VALID_20, VALID_20 + "x", [messages.CONFIRMATION_MISMATCH]),
    ("missing", "", "", [messages.PASSWORD_MISSING]),
    ("symbols allowed", "abcdefghij0123456789!-", "abcdefghij0123456789!-", []),
    (
        "short and letters only",
        "abc",
        "abc",
        [messages.PASSWORD_TOO_SHORT, messages.PASSWORD_NOT_MIXED],
    ),
]


@pytest.mark.parametrize(
    ("password", "confirmation", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_policy_table(password, confirmation, expected):
    assert violations(password, confirmation) == expected


# test that reuse of the last password is its own violation
def test_reused_password_is_reported():
    assert violations(VALID_20, VALID_20, same_as_last=True) == [messages.PASSWORD_REUSED]


# test that any password the rules accept has 20+ ASCII characters, letters and digits
@given(st.text(max_size=40))
def test_accepted_passwords_follow_every_rule(password):
    if not violations(password, password):
        assert len(password) >= 20
        assert any(c.isascii() and c.isalpha() for c in password)
        assert any(c.isascii() and c.isdigit() for c in password)
        assert all(c.isascii() and not c.isspace() for c in password)


# test that every violation shows on step 3, tied to its field, in the app
@pytest.mark.parametrize(
    ("password", "confirmation", "field", "expected"),
    [
        (VALID_20[:-1], VALID_20[:-1], "password", messages.PASSWORD_TOO_SHORT),
        ("a" * 24, "a" * 24, "password", messages.PASSWORD_NOT_MIXED),
        ("1" * 24, "1" * 24, "password", messages.PASSWORD_NOT_MIXED),
        ("abcdefghij 0123456789", "abcdefghij 0123456789", "password", messages.PASSWORD_SPACE),
        ("abcdéfghij0123456789", "abcdéfghij0123456789", "password", messages.PASSWORD_DIACRITIC),
        ("", "", "password", messages.PASSWORD_MISSING),
        (VALID_20, VALID_20 + "x", "confirmation", messages.CONFIRMATION_MISMATCH),
    ],
)
def test_step3_shows_each_violation(lila, reset, password, confirmation, field, expected):
    reset.submit_address()
    reset.answer()
    response = reset.choose(password, confirmation)
    assert response.status_code == 200
    assert field_errors(response.get_data(as_text=True), field) == expected


# test that the current password cannot be chosen again
def test_step3_refuses_the_last_password(lila, reset):
    reset.submit_address()
    reset.answer()
    page = reset.choose(LILA["password"]).get_data(as_text=True)
    assert field_errors(page, "password") == messages.PASSWORD_REUSED


# test that the password before the last one may be chosen again (the guide says "the last")
def test_password_before_last_is_allowed(lila, reset):
    reset.run(password="Premier2026motdepasse1")
    reset.run(password="Second2026motdepasse22")
    page = reset.run(password="Longchamp12avenue75016").get_data(as_text=True)
    assert "réinitialisé avec succès" in page
