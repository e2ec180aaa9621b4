"""The rule mutants' catalogue: complete, unique, wired into the app, refused where unsafe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reference_app import create_app, faults, password_policy
from reference_app.config import ConfigError, from_environ
from resetspec.proof.fault_catalogue import CATALOGUE

APP = Path(faults.__file__).parent
RULE_IDS = [f"G{n:02d}" for n in range(1, 19)] + [f"H{n:02d}" for n in range(1, 13)]


def app_sources() -> str:
    files = [*APP.rglob("*.py"), *APP.rglob("*.html")]
    return "\n".join(f.read_text() for f in files if f.name != "faults.py")


# test that every rule of the catalogue has at least one mutant, and no mutant a stray id
def test_every_rule_has_a_mutant():
    assert {fault.rule for fault in CATALOGUE} == set(RULE_IDS)


# test that names are unique snake_case and descriptions one line
def test_names_are_unique_and_readable():
    names = [fault.name for fault in CATALOGUE]
    assert len(names) == len(set(names))
    for fault in CATALOGUE:
        assert re.fullmatch(r"[a-z0-9_]+", fault.name)
        assert fault.description and "\n" not in fault.description


# test that each mutant has its branch in the app, quoted by name
@pytest.mark.parametrize("name", [fault.name for fault in CATALOGUE])
def test_each_fault_is_referenced_in_the_app(name):
    assert f'"{name}"' in app_sources()


# test that each pytest killer named in the catalogue exists
def test_pytest_killers_exist():
    root = APP.parent
    for fault in CATALOGUE:
        if fault.pytest:
            assert (root / fault.pytest.split("::")[0]).is_file(), fault.pytest


# test that faults are off by default
def test_off_by_default(make_app):
    assert make_app(FAULTS="").config["FAULTS"] == frozenset()
    assert from_environ({}) == {}


# test that an unknown name is refused with one line listing the known ones
def test_unknown_name_refused():
    with pytest.raises(ConfigError) as raised:
        from_environ({"RESETSPEC_FAULTS": "accept_19_chars,accept_everything"})
    message = str(raised.value)
    assert "\n" not in message
    assert "accept_everything" in message
    assert all(fault.name in message for fault in CATALOGUE)


# test that production mode refuses any fault with one line
def test_refused_in_production():
    with pytest.raises(ConfigError, match="RESETSPEC_FAULTS is refused") as raised:
        create_app({"ENV": "production", "SECRET_KEY": "s", "FAULTS": "no_mail"})
    assert "\n" not in str(raised.value)


# test that a switched-on fault changes its rule, and only in its own app
def test_fault_switches_its_rule(make_app):
    nineteen = "Rosemonde2026Paris7"
    with make_app(FAULTS="accept_19_chars").app_context():
        assert faults.active("accept_19_chars")
        assert password_policy.violations(nineteen, nineteen) == []
    with make_app(FAULTS="").app_context():
        assert not faults.active("accept_19_chars")
        assert password_policy.violations(nineteen, nineteen) != []


# test that asking about a name outside the catalogue is a programming error, not False
def test_typo_in_app_code_raises():
    with pytest.raises(KeyError):
        faults.active("acept_19_chars")


# test that the app switches on exactly the faults the catalogue the harness reads lists
def test_the_app_knows_the_catalogue_names():
    assert tuple(fault.name for fault in CATALOGUE) == faults.NAMES
