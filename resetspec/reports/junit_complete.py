"""Complete JUnit: one file per feature in ``junit/``, every example the run selected in it.

behave writes a feature's file only with the examples its process reported: a worker leaves
out the examples it skipped (``--no-skipped`` hides the ones other workers claimed, and with
them those skipped for a reason, such as ``@browser-only`` under the HTTP driver), and a
feature none of whose examples ran gets no file. This pass keeps behave's test cases (their
captured output, their tracebacks), adds a case for every other example of the results, and
writes each file for the Jenkins xunit schema (``junitparser.xunit2``): a ``<testsuites>`` root
with the totals, no ``status`` attribute on a case, times to the millisecond.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from junitparser import Failure, Skipped, TestCase, TestSuite, xunit2

from resetspec.livingdoc.results import Example, Results
from resetspec.reports.cucumber_messages import selected
from resetspec.reports.gherkin_source import Spec
from resetspec.reports.junit_reading import read

PREFIX = "TESTS-"


def dotted(feature: str) -> str:
    """behave's name for a feature file: its path without ``.feature``, dots for slashes."""
    return Path(feature).with_suffix("").as_posix().replace("/", ".")


def behave_files(folder: Path) -> dict[str, Path]:
    """behave's files by feature stem (a serial run drops ``features.``, a worker keeps it)."""
    found = {}
    for path in sorted(folder.glob(f"{PREFIX}*.xml")):
        found[path.stem[len(PREFIX) :].rsplit(".", 1)[-1]] = path
    return found


def complete(folder: Path, results: Results, spec: Spec) -> list[Path]:
    """Rewrite (or write) the file of every feature with a selected example."""
    by_feature: dict[str, list[Example]] = defaultdict(list)
    for example in selected(results):
        by_feature[example["feature"]].append(example)
    existing = behave_files(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for feature, examples in by_feature.items():
        path = existing.get(Path(feature).stem) or folder / f"{PREFIX}{dotted(feature)}.xml"
        suites = list(read(path)) if path.exists() else []
        suite = feature_suite(feature, examples, suites, spec, results.started)
        root = xunit2.JUnitXml(suite.name)
        root.add_testsuite(suite)
        root.update_statistics()
        root.write(str(path))
        written.append(path)
    return written


def feature_suite(
    feature: str, examples: list[Example], suites: list[TestSuite], spec: Spec, started: str
) -> xunit2.TestSuite:
    """behave's cases in file order, each example behave did not report added where it is."""
    document = spec.document_of(feature)
    title = document.feature.name if document and document.feature else feature
    name = suites[0].name if suites else f"{dotted(feature)}.{title}"
    suite = xunit2.TestSuite(name)
    suite.timestamp = (suites[0].timestamp if suites else None) or started
    if suites and suites[0].hostname:
        suite.hostname = suites[0].hostname
    pool: dict[str, list[TestCase]] = defaultdict(list)
    for found in suites:
        for case in found:
            pool[(case.name or "").strip()].append(case)
    for example in examples:
        kept = pool[example["name"]].pop(0) if pool[example["name"]] else None
        suite.add_testcase(cleaned(kept) if kept is not None else new_case(example, name))
    for left in pool.values():  # reported by behave, unknown to the results: keep it all the same
        for case in left:
            suite.add_testcase(cleaned(case))
    return suite


def cleaned(case: TestCase) -> xunit2.TestCase:
    """behave's case as the schema has it: its name, class, time and children, no ``status``."""
    fresh = xunit2.TestCase(case.name, case.classname, round(case.time or 0.0, 3))
    for child in list(case):
        fresh.append(child)
    return fresh


def new_case(example: Example, classname: str) -> xunit2.TestCase:
    """A case from the results for an example behave did not report."""
    case = xunit2.TestCase(example["name"], classname, round(example.get("duration") or 0, 3))
    steps = "\n".join(f"{s['keyword']} {s['text']} ... {s['status']}" for s in example["steps"])
    if example["status"] == "skipped":
        case.result = [Skipped(example.get("skip_reason") or "skipped")]
    elif example["status"] == "failed":
        failure = Failure(example.get("error") or "failed")
        failure.text = steps
        case.result = [failure]
    case.system_out = steps
    return case
