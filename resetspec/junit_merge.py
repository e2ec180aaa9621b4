"""One behave JUnit file per feature from the workers' files, as a serial run would write it.

Workers share features (the split is by example), and behave reports every example of a
feature it touched (those it was not given as skipped, unless tags left them out). The merge
takes each case, by class and name, from the worker that ran it: the first one not skipped,
else a skipped one.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path


def skipped(case: ET.Element) -> bool:
    return case.find("skipped") is not None


def chosen(cases: list[ET.Element]) -> ET.Element:
    return next((case for case in cases if not skipped(case)), cases[0])


def keyed(suite: ET.Element) -> list[tuple[tuple[str, str, int], ET.Element]]:
    """Each case by class, name and how many of that name came before (names may repeat)."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    found = []
    for case in suite.findall("testcase"):
        name = (case.get("classname") or "", case.get("name") or "")
        found.append(((*name, seen[name]), case))
        seen[name] += 1
    return found


def merged_suite(suites: list[ET.Element]) -> ET.Element:
    cases: dict[tuple[str, str, int], list[ET.Element]] = {}
    for suite in suites:
        for key, case in keyed(suite):
            cases.setdefault(key, []).append(case)
    merged = ET.Element("testsuite", dict(suites[0].attrib))
    merged.extend(chosen(found) for found in cases.values())
    counted = merged.findall("testcase")
    merged.set("tests", str(len(counted)))
    merged.set("failures", str(sum(c.find("failure") is not None for c in counted)))
    merged.set("errors", str(sum(c.find("error") is not None for c in counted)))
    merged.set("skipped", str(sum(skipped(c) for c in counted)))
    merged.set("time", f"{sum(float(c.get('time') or 0) for c in counted):.6f}")
    return merged


def merge_folders(folders: list[Path], out: Path) -> list[Path]:
    """Every ``TESTS-*.xml`` of the workers' folders, joined by file name into ``out``."""
    by_name: dict[str, list[ET.Element]] = defaultdict(list)
    for folder in folders:
        for file in sorted(folder.glob("TESTS-*.xml")):
            by_name[file.name].append(ET.parse(file).getroot())
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, roots in sorted(by_name.items()):
        path = out / name
        ET.ElementTree(merged_suite(roots)).write(path, encoding="utf-8", xml_declaration=True)
        written.append(path)
    return written
