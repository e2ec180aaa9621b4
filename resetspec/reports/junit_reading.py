"""Which test cases failed, read from JUnit XML (behave's TESTS-*.xml or pytest's file)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from junitparser import Error, Failure, JUnitXml, Skipped
from junitparser import TestCase as JUnitCase

from resetspec.reports.errors import ReportError


@dataclass(frozen=True)
class Case:
    """One test case of a JUnit report and how it ended."""

    suite: str
    name: str
    status: str  # passed, failed, skipped

    @property
    def title(self) -> str:
        return f"{self.suite} › {self.name}" if self.suite else self.name


def cases(path: Path) -> list[Case]:
    """Every test case in a JUnit file, or in every XML file of a folder; none if absent."""
    files = sorted(path.glob("*.xml")) if path.is_dir() else [path] if path.is_file() else []
    found: list[Case] = []
    for file in files:
        for suite in read(file):
            found += [Case(c.classname or "", c.name or "", status(c)) for c in suite]
    return found


def read(file: Path) -> JUnitXml:
    """A JUnit file, its root a ``<testsuites>`` (junitparser wraps a lone ``<testsuite>``)."""
    try:
        return JUnitXml.fromfile(str(file))
    except Exception as exc:  # lxml's and junitparser's errors alike: the file is not JUnit
        raise ReportError(f"{file}: not a JUnit XML file ({exc})") from None


def status(case: JUnitCase) -> str:
    results = case.result
    if any(isinstance(r, Failure | Error) for r in results):
        return "failed"
    return "skipped" if any(isinstance(r, Skipped) for r in results) else "passed"


def failed_cases(path: Path) -> list[str]:
    """The titles of the failed or erroneous cases."""
    return [case.title for case in cases(path) if case.status == "failed"]
