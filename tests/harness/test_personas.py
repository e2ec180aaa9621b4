"""Lila Rosemonde exactly as the guide's registration summary shows her."""

from __future__ import annotations

import pytest

from fixtures.factories import luhn_valid
from fixtures.personas import UnknownPersona, alias, persona


def test_lila_is_the_guides():
    lila = persona("Lila")
    assert (lila.last_name, lila.first_name) == ("ROSEMONDE", "Lila")
    assert lila.subscriber_number == "20232990000101"
    assert lila.phone == "0123456789"
    assert lila.email == "lila.rosemonde@orange.fr"
    assert (lila.street, lila.postcode, lila.country) == (
        "12 avenue de Longchamp",
        "75016",
        "FRANCE",
    )
    assert lila.question == "Le prénom de votre conjoint(e) ?"
    assert lila.answer == "Paul"


def test_lilas_password_is_valid_under_the_guides_policy():
    password = persona("lila").password
    assert len(password) >= 20 and password.isascii() and password.isalnum()
    assert any(c.isdigit() for c in password) and any(c.isalpha() for c in password)


def test_lilas_companies_have_valid_sirens():
    assert all(luhn_valid(c.siren) for c in persona("lila").companies)


@pytest.mark.parametrize("name", ["lila", "Lila", "Lila Rosemonde"])
def test_a_persona_is_found_by_key_first_name_or_full_name(name):
    assert persona(name).first_name == "Lila"


def test_each_scenario_gets_an_address_of_its_own():
    lila = persona("Lila").aliased("ab12")
    assert lila.email == "lila.rosemonde+ab12@orange.fr"
    assert lila.answer == "Paul"


def test_alias_keeps_the_domain():
    assert alias("a.b@c.fr", "x") == "a.b+x@c.fr"


def test_an_unknown_persona_is_named():
    with pytest.raises(UnknownPersona, match="Zoé"):
        persona("Zoé")
