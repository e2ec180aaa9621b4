"""A --target run's conformance report in the living doc: written by the run, shown before the
rules, refused in one line when unreadable, never shown stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from resetspec.console import kept
from resetspec.livingdoc import cli, conformance
from resetspec.livingdoc.results import ResultsError
from resetspec.proof.conformance_report import MET, NOT_APPLICABLE, NOT_MET, Line, Report

TARGET = "http://127.0.0.1:8123/pro"


def kept_report(folder: Path) -> Path:
    report = Report(
        TARGET,
        [
            Line(1, "paths", MET),
            Line(6, "labelled values, a whole reset", NOT_MET, "the question reads '' beside"),
            Line(11, "X-Spec-Now", NOT_APPLICABLE, "no clock capability"),
        ],
    )
    report.keep(folder, "tests/variants/remapped.toml")
    return folder / "conformance.json"


# test that the report the run keeps is the table the doc shows, one row per item, in both words
@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ("met", "not met", "not applicable")), ("fr", ("rempli", "non rempli", "sans objet"))],
)
def test_the_doc_shows_the_targets_conformance(tmp_path: Path, lang: str, words: tuple):
    out = tmp_path / "doc"
    argv = ["doc", "--dry-run", "--conformance", str(kept_report(tmp_path)), "--out", str(out)]
    assert cli.main([*argv, "--lang", lang]) == 0
    page = (out / "index.html").read_text()
    assert page.count("data-contract-item=") == 3
    assert 'class="conf-not-met" data-contract-item="6"' in page
    assert "the question reads &#39;&#39; beside" in page
    assert all(f"<td>{word}</td>" in page for word in words)
    assert TARGET in page and "remapped.toml" in page
    assert 'href="#conformance"' in page  # in the header and the contents


# test that the run's text report is the one it printed
def test_the_run_keeps_text_and_json(tmp_path: Path):
    kept_report(tmp_path)
    text = (tmp_path / "conformance.txt").read_text()
    assert text.startswith(f"conformance of {TARGET}: 1 of 3 items met")
    assert conformance.load(tmp_path / "conformance.json").not_met == 1


# test that an unreadable or foreign file is refused in one line
@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"format": "x"}', "not a resetspec-conformance/1 file"),
        ("{", "not a readable conformance report"),
        (
            '{"format": "resetspec-conformance/1", "target": "t", "surface": "s",'
            ' "checkable": true,'
            ' "lines": [{"number": 1, "item": "i", "verdict": "ok", "why": ""}]}',
            "unknown verdict 'ok'",
        ),
    ],
)
def test_a_bad_report_is_refused(tmp_path: Path, content: str, said: str):
    bad = tmp_path / "conformance.json"
    bad.write_text(content)
    with pytest.raises(ResultsError, match=said):
        conformance.load(bad)


# test that a run without a target leaves no earlier target's report behind, nor shows one
def test_no_stale_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    kept_report(tmp_path)
    with kept.replacing(tmp_path) as replacement:
        replacement.done()  # a complete run against the reference app: no conformance
    assert not (tmp_path / "conformance.json").exists()
    assert not (tmp_path / "conformance.txt").exists()
    kept_report(tmp_path)
    monkeypatch.setenv("RESETSPEC_REPORTS", str(tmp_path))
    out = tmp_path / "doc"
    assert cli.main(["doc", "--dry-run", "--out", str(out), "--lang", "en"]) == 0
    assert "data-contract-item" not in (out / "index.html").read_text()
