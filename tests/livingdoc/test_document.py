"""The document built from the real features, as a dry run: the guide's order, every rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resetspec.livingdoc import catalogue, cli, notes
from resetspec.livingdoc.document import build
from resetspec.livingdoc.views import Document
from resetspec.run import schedule

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spec() -> Document:
    return build(ROOT / "features")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("doc")
    features = str(ROOT / "features")
    assert cli.main(["doc", "--dry-run", "--features", features, "--out", str(out)]) == 0
    return (out / "index.html").read_text(encoding="utf-8")


# test that every catalogue id is a rule of the document, each with examples, none run
def test_every_catalogue_id_has_its_rule(spec: Document) -> None:
    assert [row.id for row in spec.coverage] == catalogue.IDS
    assert all(row.total > 0 for row in spec.coverage)
    assert {example.status for example in spec.examples} == {"untested"}


@pytest.mark.parametrize(
    ("rule", "chapter"),
    [("G01", "2"), ("G04", "2"), ("G07", "1"), ("G13", "1"), ("G15", "3"), ("H01", "hardening")],
)
# test that a rule sits in the chapter its guide quote cites (among its feature's chapters)
def test_rule_in_the_guide_chapter(spec: Document, rule: str, chapter: str) -> None:
    assert next(r.chapter for r in spec.rules if r.id == rule) == chapter


# test that the questions and deviations are listed, each with its rule and its text
def test_questions_and_deviations(spec: Document) -> None:
    questions = {(view.rule.id, view.example is None) for view in spec.questions}
    assert ("G10", True) in questions and ("G04", False) in questions
    assert {view.rule.id for view in spec.deviations} >= {"G04", "G06", "G10"}
    assert all(view.note.text for view in spec.questions + spec.deviations)
    g10 = next(view for view in spec.questions if view.rule.id == "G10")
    assert g10.note.text.startswith("the guide never states the validity period")


# test that a rule's description splits into the guide quote and its marked paragraphs
def test_notes_split() -> None:
    text, found = notes.split(
        ["Guide, 2: quoted", "words.", "Question: why?", "Deviation: NIST", "says no."]
    )
    assert text == "Guide, 2: quoted words."
    assert found == [notes.Note("question", "why?"), notes.Note("deviation", "NIST says no.")]


# test that the dry-run page shows every id, the questions and deviations, and no network
def test_dry_run_page(page: str) -> None:
    for rule in catalogue.IDS:
        assert f'id="rule-{rule}"' in page and f'data-rule="{rule}"' in page
    assert page.count('class="example status-untested"') == len(schedule.select(["features"]))
    assert "Questions ouvertes" in page and "Écarts aux normes" in page
    assert "NIST SP 800-63B" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # opens from disk, offline


@pytest.mark.parametrize(
    "argv",
    [
        ["doc", "--bogus"],
        ["doc", "--lang", "de"],
        ["doc", "--dry-run", "--results", "x"],
        ["nope"],
        ["merge"],
    ],
)
# test that a bad command line is said in one line, with exit code 2
def test_bad_flags(argv: list[str], capsys) -> None:
    assert cli.main(argv) == 2
    assert capsys.readouterr().err.count("\n") == 1


# test that a catalogue id with no example, or none passing, stands out in the matrix
def test_gaps_stand_out(tmp_path: Path, sample_run: Path, sample_results) -> None:
    out = tmp_path / "doc"
    argv = ["doc", "--features", str(sample_run / "features"), "--out", str(out), "--lang", "en"]
    results = str(sample_run / "reports" / "results")
    assert cli.main([*argv, "--results", results]) == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count('<tr class="gap"') == len(catalogue.IDS) - 1  # only G01 has examples
    assert '<tr class="" data-rule="G01">' in page  # G01 has passing examples
    assert "no example" in page
