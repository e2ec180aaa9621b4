"""One behave JUnit file per feature from the workers' files, as a serial run would write it.

Workers share features (the split is by example), and behave reports every example of a
feature it touched (those it was not given as skipped, unless tags left them out). The merge
takes each case, by class and name, from the worker that ran it: the first one not skipped,
else a skipped one. ``resetspec.reports.junit_complete`` then adds what no worker reported.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from junitparser import Skipped, TestCase, TestSuite, xunit2

from resetspec.reports.junit_reading import read

Key = tuple[str, str, int]


def skipped(case: TestCase) -> bool:
    return any(isinstance(result, Skipped) for result in case.result)


def chosen(cases: list[TestCase]) -> TestCase:
    return next((case for case in cases if not skipped(case)), cases[0])


def keyed(suite: TestSuite) -> list[tuple[Key, TestCase]]:
    """Each case by class, name and how many of that name came before (names may repeat)."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    found = []
    for case in suite:
        name = (case.classname or "", case.name or "")
        found.append(((*name, seen[name]), case))
        seen[name] += 1
    return found


def merged_suite(suites: list[TestSuite]) -> xunit2.TestSuite:
    cases: dict[Key, list[TestCase]] = {}
    for suite in suites:
        for key, case in keyed(suite):
            cases.setdefault(key, []).append(case)
    merged = xunit2.TestSuite(suites[0].name)
    merged.timestamp = suites[0].timestamp
    merged.hostname = suites[0].hostname
    merged.add_testcases([chosen(found) for found in cases.values()])
    return merged


def merge_folders(folders: list[Path], out: Path) -> list[Path]:
    """Every ``TESTS-*.xml`` of the workers' folders, joined by file name into ``out``."""
    by_name: dict[str, list[TestSuite]] = defaultdict(list)
    for folder in folders:
        for file in sorted(folder.glob("TESTS-*.xml")):
            by_name[file.name] += list(read(file))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, suites in sorted(by_name.items()):
        root = xunit2.JUnitXml(suites[0].name)
        root.add_testsuite(merged_suite(suites))
        root.update_statistics()
        root.write(str(out / name))
        written.append(out / name)
    return written
