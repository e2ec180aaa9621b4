"""JUnit XML for CI dashboards: a suite per rule, each test named with its rule id."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from resetspec.livingdoc import cli
from resetspec.livingdoc.results import Results, save


# test that `resetspec merge --junit` writes one suite per rule, with failures and skips
def test_junit_from_merge(tmp_path: Path, sample_results: Results) -> None:
    save(sample_results, tmp_path / "run" / "results-1.json")
    junit = tmp_path / "junit.xml"
    argv = [
        "merge",
        str(tmp_path / "run"),
        "--out",
        str(tmp_path / "m.json"),
        "--junit",
        str(junit),
    ]
    assert cli.main(argv) == 0
    suites = {suite.get("name"): suite for suite in ET.parse(junit).getroot()}
    assert list(suites) == ["G01", "-"]
    g01 = suites["G01"]
    assert (g01.get("tests"), g01.get("failures"), g01.get("skipped")) == ("5", "1", "1")
    names = [case.get("name") for case in g01]
    assert names[0] == "G01 One and one make two (L9)"
    failed = g01.find("testcase/failure")
    assert failed is not None and failed.get("message") == "expected 3, got 2"
    skipped = g01.find("testcase/skipped")
    assert skipped is not None and skipped.get("message") == "the target has no test clock"
