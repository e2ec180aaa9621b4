"""The mechanical mutation score in the living doc: its summary, tables and each rule's line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resetspec.livingdoc import cli, mechanical
from resetspec.livingdoc.results import ResultsError

SCORE = {"killed": 9, "survived": 1, "equivalent": 2, "pending": 0, "error": 0, "percent": 90.0}


def score_file(folder: Path) -> Path:
    path = folder / "mechanical.json"
    data = {
        "format": mechanical.FORMAT,
        "written": "2026-12-02T05:00:00+00:00",
        "commit": "abc1234",
        "seconds": 600,
        "arid": 5,
        "total": SCORE,
        "modules": {"reference_app/lockout.py": SCORE},
        "rules": {"H02": SCORE},
        "mutants": [{"verdict": "survived", "module": "reference_app/lockout.py"}],
    }
    path.write_text(json.dumps(data))
    return path


# test that the doc shows the score, per module and per rule, and under the rule it scores
def test_the_doc_shows_the_mechanical_score(tmp_path: Path):
    out = tmp_path / "doc"
    argv = ["doc", "--dry-run", "--mechanical", str(score_file(tmp_path)), "--out", str(out)]
    assert cli.main([*argv, "--lang", "en"]) == 0
    page = (out / "index.html").read_text()
    assert "90.0 % of 10 non-equivalent mutants killed" in page and "commit abc1234" in page
    assert "<code>reference_app/lockout.py</code>" in page
    assert page.count('class="mechanical-rule"') == 1


# test that a file that is not a mechanical score is refused in one line
def test_a_bad_score_file_is_refused(tmp_path: Path):
    bad = tmp_path / "mechanical.json"
    bad.write_text('{"format": "something else"}')
    with pytest.raises(ResultsError, match="not a resetspec-mechanical-mutants/1 file"):
        mechanical.load(bad)
    bad.write_text("{")
    with pytest.raises(ResultsError, match="not a readable mechanical score"):
        mechanical.load(bad)
