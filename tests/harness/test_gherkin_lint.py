"""The Gherkin linter of `make lint`: each check finds its case, and the features have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from resetspec.lint import gherkin

ROOT = Path(__file__).resolve().parents[2]
HEAD = "Feature: Reset\n  Rule: R01 A rule\n"

CASES = {
    "GL01": HEAD + "    Scenario:\n      When a\n      Then b\n",
    "GL02": HEAD
    + "    Scenario: S\n      When a\n      Then b\n    Scenario: S\n      When c\n      Then d\n",
    "GL03": HEAD + "    Scenario: S\n      When a\n      Then b\n      When c\n      Then d\n",
    "GL04": HEAD + "    Scenario: S\n      Given a\n      Then b\n",
    "GL05": HEAD + "    Scenario: " + "x" * 111 + "\n      When a\n      Then b\n",
    "GL06": HEAD
    + "".join(f"    Scenario: S{n}\n      When a{n}\n      Then b\n" for n in range(51)),
    "GL07": HEAD + "    Scenario Outline: S\n      When <a>\n      Then b\n"
    "      Examples:\n        | a | unused |\n        | 1 | 2      |\n",
    "GL08": HEAD + "    Scenario: S\n      When RESETSPEC_CLOCK is set\n      Then b\n",
    "GL09": HEAD + "    Scenario: S \n      When a\n      Then b\n",
    "GL10": HEAD + "    Scenario: S\n      When a\n      Then b\n"
    "  Rule: R02 Another rule\n    Scenario Outline: T\n      When <x>\n      Then b\n"
    "      Examples:\n        | x |\n        | c |\n        | a |\n",
}


@pytest.mark.parametrize("code", sorted(CASES))
# test that each check finds the case it is for, and only it
def test_each_check_finds_its_case(tmp_path, code):
    feature = tmp_path / "case.feature"
    feature.write_text(CASES[code], encoding="utf-8")
    found = {line.split(": ", 1)[1].split()[0] for line in gherkin.lint(feature)}
    assert found == {code}


# test that a long quote of the guide does not make a step too long
def test_the_guides_quotes_do_not_count(tmp_path):
    feature = tmp_path / "quote.feature"
    quote = '"' + "Vous avez saisi 5 réponses incorrectes " * 5 + '"'
    feature.write_text(HEAD + f"    Scenario: S\n      When a\n      Then it says {quote}\n")
    assert gherkin.lint(feature) == []


# test that the project's own features pass the linter
def test_the_features_have_no_finding(capsys):
    assert gherkin.main([str(ROOT / "features")]) == 0
    assert capsys.readouterr().out.strip() == "gherkin: no finding"


# test that a file that is not Gherkin gets one line and status 2
def test_a_broken_file_gets_one_line(tmp_path, capsys):
    feature = tmp_path / "broken.feature"
    feature.write_text("Given a\nFeature: x\n", encoding="utf-8")
    assert gherkin.main([str(feature)]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert error.startswith(f"{feature}: not Gherkin: ")


REPEATS = {
    # a cell's spaces, which Gherkin trims, do not make another example
    "trimmed cell": (
        HEAD + '    Scenario: S\n      When "Paul"\n      Then b\n'
        '    Scenario Outline: T\n      When "<x>"\n      Then b\n'
        "      Examples:\n        | x        |\n        | paul     |\n        |   Paul   |\n",
        12,
    ),
    # a rule's Background is part of the steps its examples run: T repeats S, U does not
    "background": (
        "Feature: Reset\n  Rule: R01 A rule\n    Scenario: S\n      Given g\n      When a\n"
        "      Then b\n  Rule: R02 Another rule\n    Background:\n      Given g\n"
        "    Scenario: T\n      When a\n      Then b\n  Rule: R03 A third rule\n"
        "    Background:\n      Given h\n    Scenario: U\n      When a\n      Then b\n",
        10,
    ),
}


@pytest.mark.parametrize("case", sorted(REPEATS))
# test that an example running the steps of the one at line 3 is found, and only it
def test_a_repeat_is_the_example_it_runs_again(tmp_path, case):
    text, line = REPEATS[case]
    feature = tmp_path / "repeat.feature"
    feature.write_text(text, encoding="utf-8")
    assert gherkin.lint(feature) == [
        f"{feature}:{line}: GL10 the same steps as the example at {feature}:3"
    ]


# test that the same example in two files is found, the second one named
def test_a_repeat_across_files_is_found(tmp_path):
    first, second = tmp_path / "a.feature", tmp_path / "b.feature"
    for path in (first, second):
        path.write_text(HEAD + "    Scenario: S\n      When a\n      Then b\n", encoding="utf-8")
    assert gherkin.lint(first, second) == [
        f"{second}:3: GL10 the same steps as the example at {first}:3"
    ]


# test that the findings come file by file, as the files are given, and by line within each
def test_findings_in_file_then_line_order(tmp_path):
    first, second = tmp_path / "b.feature", tmp_path / "a.feature"
    first.write_text(HEAD + "    Scenario: S \n      Given a\n      Then b\n", encoding="utf-8")
    second.write_text(HEAD + "    Scenario:\n      When a\n      Then b\n", encoding="utf-8")
    assert [line.split(": ", 1)[1][:4] for line in gherkin.lint(first, second)] == [
        "GL04",
        "GL09",
        "GL01",
    ]
