"""The data factories: valid SIREN keys, French numbers, passwords, a replayable seed."""

from __future__ import annotations

import re

import pytest

from fixtures.factories import (
    MIN_PASSWORD_LENGTH,
    Factory,
    luhn_key,
    luhn_valid,
    seed_from_environment,
)


@pytest.mark.parametrize("siren", ["812345676", "442306908", "732829320", "552120222"])
def test_known_sirens_pass_luhn(siren):
    assert luhn_valid(siren)


@pytest.mark.parametrize("siren", ["812345677", "442306900", "12345678", ""])
def test_wrong_sirens_fail_luhn(siren):
    assert not luhn_valid(siren)


def test_luhn_key_completes_the_body():
    assert luhn_key("81234567") == "6"


def test_generated_sirens_are_nine_digits_with_their_key():
    factory = Factory(7)
    for _ in range(200):
        siren = factory.siren()
        assert len(siren) == 9 and siren.isdigit() and luhn_valid(siren)


def test_the_same_seed_gives_the_same_data():
    first, second = Factory(1234), Factory(1234)
    take = lambda f: (f.siren(), f.phone(), f.address(), f.valid_password(), f.company())  # noqa: E731
    assert take(first) == take(second)


def test_another_seed_gives_other_data():
    assert Factory(1).siren() != Factory(2).siren() or Factory(1).phone() != Factory(2).phone()


def test_phones_are_ten_digit_french_numbers():
    factory = Factory(3)
    for _ in range(100):
        assert re.fullmatch(r"0[1-79]\d{8}", factory.phone())


def test_addresses_have_a_five_digit_postcode():
    address = Factory(5).address()
    assert re.fullmatch(r"\d{5}", address.postcode) and address.street and address.city


def test_valid_passwords_follow_the_guide():
    factory = Factory(11)
    for length in (MIN_PASSWORD_LENGTH, 24, 40):
        password = factory.valid_password(length)
        assert len(password) == length
        assert password.isascii() and password.isalnum()
        assert any(c.isdigit() for c in password) and any(c.isalpha() for c in password)


@pytest.mark.parametrize(
    ("flaw", "check"),
    [
        ("too short", lambda p: len(p) == MIN_PASSWORD_LENGTH - 1),
        ("letters only", lambda p: p.isalpha()),
        ("digits only", lambda p: p.isdigit()),
        ("a space", lambda p: " " in p),
        ("an accent", lambda p: not p.isascii()),
    ],
)
def test_invalid_passwords_break_their_rule(flaw, check):
    assert check(Factory(13).invalid_password(flaw))


def test_an_unknown_flaw_is_named_in_the_error():
    with pytest.raises(ValueError, match="unknown password flaw"):
        Factory(1).invalid_password("too long")


def test_the_seed_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("RESETSPEC_SEED", "42")
    assert seed_from_environment() == 42


def test_without_the_variable_the_seed_is_random(monkeypatch):
    monkeypatch.delenv("RESETSPEC_SEED", raising=False)
    assert seed_from_environment() != seed_from_environment()


def test_a_seed_that_is_not_a_number_is_refused(monkeypatch):
    monkeypatch.setenv("RESETSPEC_SEED", "abc")
    with pytest.raises(ValueError, match="RESETSPEC_SEED"):
        seed_from_environment()
