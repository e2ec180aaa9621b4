"""Which test cases failed, read from JUnit XML (behave's TESTS-*.xml or pytest's file)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

BROKEN = ("failure", "error")


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
        for case in ET.parse(file).getroot().iter("testcase"):
            found.append(Case(case.get("classname", ""), case.get("name", ""), _status(case)))
    return found


def _status(case: ET.Element) -> str:
    tags = {child.tag for child in case}
    if tags & set(BROKEN):
        return "failed"
    return "skipped" if "skipped" in tags else "passed"


def failed_cases(path: Path) -> list[str]:
    """The titles of the failed or erroneous cases."""
    return [case.title for case in cases(path) if case.status == "failed"]
