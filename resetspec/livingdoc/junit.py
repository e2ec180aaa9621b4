"""JUnit XML from a results file, for CI dashboards: each test is named with its rule id.

One ``<testsuite>`` per rule, one ``<testcase>`` per example; a merged results file gives one
report for all the shards of a run.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from resetspec.livingdoc import catalogue
from resetspec.livingdoc.results import Example, Results

NOT_RUN = "not run"


def testcase(example: Example) -> ET.Element:
    case = ET.Element(
        "testcase",
        classname=f"{example['rule']}.{Path(example['feature']).stem}",
        name=f"{example['rule']} {example['name']} (L{example['line']})",
        time=f"{example.get('duration') or 0:.3f}",
        file=example["feature"],
        line=str(example["line"]),
    )
    if example["status"] == "failed":
        failure = ET.SubElement(case, "failure", message=example.get("error") or "failed")
        failure.text = "\n".join(
            f"{s['keyword']} {s['text']} [{s['status']}]" for s in example["steps"]
        )
    elif example["status"] == "skipped":
        ET.SubElement(case, "skipped", message=example.get("skip_reason") or "skipped")
    elif example["status"] == "untested":
        ET.SubElement(case, "skipped", message=NOT_RUN)
    return case


def suite(rule: str, examples: list[Example]) -> ET.Element:
    element = ET.Element("testsuite", name=rule, tests=str(len(examples)))
    element.set("failures", str(sum(e["status"] == "failed" for e in examples)))
    element.set("skipped", str(sum(e["status"] in ("skipped", "untested") for e in examples)))
    element.set("errors", "0")
    element.set("time", f"{sum(e.get('duration') or 0 for e in examples):.3f}")
    element.extend(testcase(example) for example in examples)
    return element


def write(results: Results, path: Path) -> Path:
    by_rule: dict[str, list[Example]] = defaultdict(list)
    for example in sorted(results.examples.values(), key=lambda e: (e["feature"], e["line"])):
        by_rule[example["rule"]].append(example)
    root = ET.Element("testsuites", name="resetspec")
    root.extend(suite(rule, by_rule[rule]) for rule in sorted(by_rule, key=catalogue.sort_key))
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path
