"""Complete JUnit: a file per feature, every example in it, valid for the Jenkins xunit schema."""

from __future__ import annotations

from pathlib import Path

from junitparser import JUnitXml

from resetspec.reports.junit_reading import cases
from resetspec.reports.schema_check import check_junit


# test that behave's file (written, like a worker's, without skipped examples) is completed
def test_every_example_is_in_its_feature_file(shapes: Path) -> None:
    (path,) = sorted((shapes / "junit").glob("*.xml"))
    found = cases(path)
    assert len(found) == 7
    assert [c.status for c in found].count("skipped") == 1
    assert [c.status for c in found].count("failed") == 3  # a step, a hook, an undefined step


# test that the root carries the totals and a case keeps behave's captured output
def test_totals_and_behave_output(shapes: Path) -> None:
    (path,) = sorted((shapes / "junit").glob("*.xml"))
    root = JUnitXml.fromfile(str(path))
    assert (root.tests, root.failures + root.errors) == (7, 3)
    first = next(iter(next(iter(root))))
    assert "@scenario.begin" in (first.system_out or "")


# test that behave's own files and the rules' file validate against the Jenkins xunit schema
def test_valid_for_jenkins(shapes: Path) -> None:
    files = sorted((shapes / "junit").glob("*.xml")) + [shapes / "junit-rules.xml"]
    assert check_junit(files) == []
    assert 'tests="7"' in (shapes / "junit-rules.xml").read_text().split("<testsuite ")[0]
