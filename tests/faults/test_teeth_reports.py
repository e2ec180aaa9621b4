"""The kill matrix and the flake report, from JUnit XML, without running any suite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resetspec.proof import flake, mutants
from resetspec.proof.fault_catalogue import BY_NAME
from resetspec.reports.junit_reading import cases, failed_cases

JUNIT = """<?xml version="1.0"?>
<testsuite name="02_reset_steps.The reset procedure" tests="4">
  <testcase classname="02_reset_steps.The reset procedure" name="A passes" time="1"/>
  <testcase classname="02_reset_steps.The reset procedure" name="B fails" time="1">
    <failure message="boom">trace</failure></testcase>
  <testcase classname="02_reset_steps.The reset procedure" name="C errs" time="1">
    <error message="crash">trace</error></testcase>
  <testcase classname="02_reset_steps.The reset procedure" name="D skipped" time="0">
    <skipped/></testcase>
</testsuite>
"""


@pytest.fixture
def junit(tmp_path: Path) -> Path:
    folder = tmp_path / "junit"
    folder.mkdir()
    (folder / "TESTS-02_reset_steps.xml").write_text(JUNIT)
    return folder


# test that failures and errors both count as failed, skips and passes do not
def test_reading_junit(junit):
    assert [c.status for c in cases(junit)] == ["passed", "failed", "failed", "skipped"]
    assert failed_cases(junit) == [
        "02_reset_steps.The reset procedure › B fails",
        "02_reset_steps.The reset procedure › C errs",
    ]
    assert failed_cases(junit / "absent") == []


# test the three verdicts: a failing scenario kills; a broken run proves nothing; else survived
@pytest.mark.parametrize(
    ("killers", "codes", "status"),
    [(["x › y"], [1], "killed"), ([], [1], "error"), ([], [0], "survived")],
)
def test_judge(tmp_path, killers, codes, status):
    fault = BY_NAME["accept_19_chars"]
    assert mutants.judge(fault, killers, codes, 1.0, tmp_path).status == status


# test that the runner writes both matrices, ignores baseline failures and exits 1 on a survivor
def test_main_writes_the_matrix(tmp_path, monkeypatch):
    def fake_run(name, tags, tests, faults, out, jobs=1, driver="browser"):  # noqa: ANN001, ANN202
        failed = {"": ["rule › flaky"], "accept_19_chars": ["rule › flaky", "rule › 19 refused"]}
        return failed.get(faults, ["rule › flaky"]), [0], tmp_path

    monkeypatch.setattr(mutants, "run_rules", fake_run)
    monkeypatch.setattr(mutants, "REPORTS", tmp_path)  # no results there: a dry-run doc
    argv = ["--only", "accept_19_chars", "--only", "no_mail", "--jobs", "2", "--out", str(tmp_path)]
    assert mutants.main(argv) == 1
    matrix = json.loads((tmp_path / "kill-matrix.json").read_text())["mutants"]
    assert [(m["name"], m["status"], m["killers"]) for m in matrix] == [
        ("accept_19_chars", "killed", ["rule › 19 refused"]),
        ("no_mail", "survived", []),
    ]
    assert "| `no_mail`" in (tmp_path / "kill-matrix.md").read_text()
    page = (tmp_path / "living-doc" / "index.html").read_text(encoding="utf-8")
    assert 'data-mutant="no_mail"' in page and "1 survivant" in page


# test that an unknown mutant name is refused in one line
def test_unknown_mutant_refused(capsys):
    with pytest.raises(SystemExit) as raised:
        mutants.main(["--only", "accept_everything"])
    assert raised.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


# test that the flake report names each failed scenario with its runs, and a crashed run too
def test_flake_collect(junit, tmp_path):
    failures: dict[str, flake.Failure] = {}
    first = flake.Run(1, 1, 1.0, 1, 2, str(junit.parent))
    crashed = flake.Run(2, 3, 1.0, 0, 0, str(tmp_path / "run-02"))
    flake.collect(failures, first, flake.outcomes(junit.parent))
    flake.collect(failures, crashed, [])
    assert {name: f.runs for name, f in failures.items()} == {
        "02_reset_steps.The reset procedure › B fails": [1],
        "02_reset_steps.The reset procedure › C errs": [1],
        "(the run itself)": [2],
    }


# test that the harness's merged results give stable ids, the error line and the evidence
def test_flake_reads_the_merged_results(tmp_path):
    (tmp_path / "evidence" / "02_reset_steps-L111").mkdir(parents=True)
    example = {
        "name": "A new password typed twice leads to the summary",
        "status": "failed",
        "error": "Locator expected to have text 'Récapitulatif'\nmore",
        "evidence": {"failure": "evidence/02_reset_steps-L111/failure.png"},
    }
    results = {
        "format": "resetspec-results/1",
        "workers": ["local"],
        "started": "",
        "finished": "",
        "examples": {"features/02_reset_steps.feature:G05:L111": example},
    }
    (tmp_path / "results-merged.json").write_text(json.dumps(results))
    [outcome] = flake.outcomes(tmp_path)
    assert outcome.key.startswith("features/02_reset_steps.feature:G05:L111 A new password")
    assert outcome.error == "Locator expected to have text 'Récapitulatif'"
    assert outcome.evidence[0].endswith("02_reset_steps-L111/failure.png")
