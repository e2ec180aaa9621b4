"""JUnit XML from a results file, for CI dashboards: each test is named with its rule id.

One ``<testsuite>`` per rule, one ``<testcase>`` per example, under a ``<testsuites>`` root
that carries the totals; a merged results file gives one report for all the shards of a run.
Written with ``junitparser``'s flavour of the Jenkins xunit schema: a case carries its name,
class and time only (its file and line are in its class and name: ``G07 … (L65)``).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from junitparser import Failure, Skipped, xunit2

from resetspec.livingdoc import catalogue
from resetspec.livingdoc.results import Example, Results

NOT_RUN = "not run"


def testcase(example: Example) -> xunit2.TestCase:
    case = xunit2.TestCase(
        f"{example['rule']} {example['name']} (L{example['line']})",
        f"{example['rule']}.{Path(example['feature']).stem}",
        round(example.get("duration") or 0, 3),
    )
    if example["status"] == "failed":
        failure = Failure(example.get("error") or "failed")
        failure.text = "\n".join(
            f"{s['keyword']} {s['text']} [{s['status']}]" for s in example["steps"]
        )
        case.result = [failure]
    elif example["status"] == "skipped":
        case.result = [Skipped(example.get("skip_reason") or "skipped")]
    elif example["status"] == "untested":
        case.result = [Skipped(NOT_RUN)]
    return case


def suite(rule: str, examples: list[Example]) -> xunit2.TestSuite:
    found = xunit2.TestSuite(rule)
    found.add_testcases([testcase(example) for example in examples])
    return found


def write(results: Results, path: Path) -> Path:
    by_rule: dict[str, list[Example]] = defaultdict(list)
    for example in sorted(results.examples.values(), key=lambda e: (e["feature"], e["line"])):
        by_rule[example["rule"]].append(example)
    root = xunit2.JUnitXml("resetspec")
    for rule in sorted(by_rule, key=catalogue.sort_key):
        root.add_testsuite(suite(rule, by_rule[rule]))
    root.update_statistics()
    path.parent.mkdir(parents=True, exist_ok=True)
    root.write(str(path), pretty=True)
    return path
