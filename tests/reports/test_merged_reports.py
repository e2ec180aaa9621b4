"""Shards merged: one stream, one report, one JUnit file per feature; bad input in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import reports_project

from resetspec.reports.junit_reading import cases
from resetspec.reports.schema_check import check_cucumber_json, check_junit, check_messages


@pytest.fixture(scope="module")
def two_shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two runs of the shapes project, each with its own reports folder, merged into one."""
    folder = reports_project.write(tmp_path_factory.mktemp("shards"))
    reports_project.behave(folder, "--tags=@rows", reports="shard-1")
    reports_project.behave(folder, "--tags=not @rows", reports="shard-2")
    assert reports_project.merge(folder, "shard-1/results", "shard-2/results", out="all") == 0
    return folder / "all"


# test that the merged stream is valid and holds each example once, in one test run
def test_one_stream(two_shards: Path) -> None:
    path = two_shards / "cucumber-messages.ndjson"
    assert check_messages(path) == []
    kinds = Counter(next(iter(json.loads(line))) for line in path.read_text().splitlines())
    assert kinds["testRunStarted"] == kinds["testRunFinished"] == kinds["gherkinDocument"] == 1
    assert kinds["pickle"] == kinds["testCase"] == kinds["testCaseFinished"] == 7


# test that the merged Cucumber JSON and JUnit hold every example once, and validate
def test_one_report_and_complete_junit(two_shards: Path) -> None:
    assert check_cucumber_json(two_shards / "cucumber.json") == []
    (feature,) = json.loads((two_shards / "cucumber.json").read_text())
    assert len(feature["elements"]) == 7
    files = sorted((two_shards / "junit").glob("*.xml"))
    assert len(files) == 1 and check_junit(files) == []
    assert len(cases(files[0])) == 7
    assert "@scenario.begin" in files[0].read_text()  # behave's own cases, from the shards


def merge_error(folder: Path, *results: str) -> tuple[int, str]:
    command = [sys.executable, "-m", "resetspec.run.cli", "merge", *results, "--out", "m.json"]
    command += ["--messages", "m.ndjson"]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    return done.returncode, done.stderr.strip()


# test that a corrupt results file or a feature file that is gone is said in one line
def test_bad_input_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "results").mkdir()
    (tmp_path / "results" / "results-x.json").write_text("{not json")
    code, error = merge_error(tmp_path, "results")
    assert code == 1 and len(error.splitlines()) == 1 and "not a readable results file" in error
    folder = reports_project.write(tmp_path / "project")
    reports_project.behave(folder)
    (folder / "features" / "shapes.feature").unlink()
    code, error = merge_error(folder, "reports/results")
    assert code == 1 and len(error.splitlines()) == 1
    assert "features/shapes.feature: cannot read this feature file" in error
