"""``cucumber.json``: the legacy Cucumber JSON that Xray, Allure and cucumber-html-reporter read.

A list of features, each with its examples as ``elements`` (one per example, an outline's rows
each their own). The format predates ``Rule:``, so the rule is folded in as its importers
expect: the element's name starts with the rule's (``G07 The password is … › A password of 19
characters is refused``), and its tags hold the rule's (``@G07``, ``@deviation``…) beside the
feature's and the scenario's, as a pickle inherits them. Durations are in nanoseconds, as
Cucumber-JVM and Cucumber-Ruby write them. Evidence is not embedded: the schema has no place
for it (the Cucumber Messages point at it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import cucumber_messages as cm

from resetspec.livingdoc.results import Example, Results
from resetspec.reports import clock
from resetspec.reports.cucumber_cases import HOOK_FILE
from resetspec.reports.cucumber_messages import hook_results, selected, step_result
from resetspec.reports.gherkin_source import Spec

RULE_SEPARATOR = " › "
STATUSES = {"PASSED": "passed", "FAILED": "failed", "SKIPPED": "skipped"}
STATUSES |= {"UNDEFINED": "undefined", "PENDING": "pending"}


def slug(text: str) -> str:
    """Cucumber's ids: lower case, runs of anything else than letters and digits as one dash."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def report(spec: Spec, results: Results) -> list[dict[str, Any]]:
    """Every feature that has a selected example, in file order."""
    by_feature: dict[str, list[Example]] = {}
    for example in selected(results):
        if spec.pickle_at(example["feature"], example["line"]) is not None:
            by_feature.setdefault(example["feature"], []).append(example)
    timeline = clock.Timeline.of(results, [e for found in by_feature.values() for e in found])
    return [feature(spec, uri, examples, timeline) for uri, examples in by_feature.items()]


def feature(
    spec: Spec, uri: str, examples: list[Example], timeline: clock.Timeline
) -> dict[str, Any]:
    document = spec.document_of(uri)
    assert document is not None and document.feature is not None
    found = document.feature
    return {
        "uri": uri,
        "id": slug(found.name),
        "keyword": found.keyword,
        "name": found.name,
        "description": found.description,
        "line": found.location.line,
        "tags": [tag(t.name, t.location.line) for t in found.tags],
        "elements": [element(spec, found, example, timeline) for example in examples],
    }


def tag(name: str, line: int | None) -> dict[str, Any]:
    return {"name": name, "line": line} if line is not None else {"name": name}


def element(
    spec: Spec, found: cm.Feature, example: Example, timeline: clock.Timeline
) -> dict[str, Any]:
    """One example, its rule folded into its name and tags."""
    pickle = spec.pickle_at(example["feature"], example["line"])
    assert pickle is not None
    scope = spec.scope_of(pickle)
    name = f"{scope.rule.name}{RULE_SEPARATOR}{pickle.name}" if scope.rule else pickle.name
    parts = [slug(found.name), slug(scope.rule.name) if scope.rule else "", slug(pickle.name)]
    before, after = hook_results(example)
    times = timeline.steps(example)
    data: dict[str, Any] = {
        "id": ";".join(parts) + row_suffix(spec, pickle),
        "keyword": scope.scenario.keyword,
        "type": "scenario",
        "name": name,
        "description": scope.scenario.description,
        "line": example["line"],
        "tags": [tag(t.name, line_of(spec, t.ast_node_id)) for t in pickle.tags],
        "before": [hook_entry(before, times.before[1])],
        "steps": list(steps(spec, pickle, example)),
        "after": [hook_entry(after, times.after[1])],
    }
    if example.get("started"):
        data["start_timestamp"] = example["started"]
    return data


def row_suffix(spec: Spec, pickle: cm.Pickle) -> str:
    """An outline's example is told apart by its row, as Cucumber-JVM does: ``;;<row>``."""
    rows = [node for node in pickle.ast_node_ids[1:] if node in spec.rows]
    if not rows:
        return ""
    scenario = spec.scope_of(pickle).scenario
    body = [row.id for examples in scenario.examples for row in examples.table_body]
    return f";;{body.index(rows[0]) + 2}"  # Cucumber counts the header row as 1


def line_of(spec: Spec, node_id: str) -> int | None:
    found = spec.tags.get(node_id)
    return found.location.line if found is not None else None


def steps(spec: Spec, pickle: cm.Pickle, example: Example) -> Iterator[dict[str, Any]]:
    records = example["steps"]
    for index, pickle_step in enumerate(pickle.steps):
        record = records[index] if index < len(records) else {}
        source = spec.steps.get(pickle_step.ast_node_ids[0])
        data: dict[str, Any] = {
            "keyword": source.keyword if source else f"{record.get('keyword', '*')} ",
            "line": source.location.line if source else example["line"],
            "name": pickle_step.text,
            "result": result(step_result(record), record.get("duration") or 0),
        }
        match = record.get("match")
        if match:
            data["match"] = {
                "location": match["location"],
                "arguments": [
                    {"offset": a["start"], "value": a["value"]} for a in match["arguments"]
                ],
            }
        data |= argument(pickle_step, source)
        yield data


def argument(pickle_step: cm.PickleStep, source: cm.Step | None) -> dict[str, Any]:
    """A step's table as ``rows``, its doc string as ``doc_string`` (an outline's, filled in)."""
    given = pickle_step.argument
    if given is None:
        return {}
    if given.data_table is not None:
        return {"rows": [{"cells": [c.value for c in row.cells]} for row in given.data_table.rows]}
    if given.doc_string is not None:
        line = source.doc_string.location.line if source and source.doc_string else 0
        doc: dict[str, Any] = {"value": given.doc_string.content, "line": line}
        if given.doc_string.media_type:
            doc["content_type"] = given.doc_string.media_type
        return {"doc_string": doc}
    return {}


def result(found: dict[str, Any], seconds: float) -> dict[str, Any]:
    """A step's or hook's result: Cucumber JSON's status word, nanoseconds, the error."""
    data: dict[str, Any] = {
        "status": STATUSES.get(found["status"].value, "unknown"),
        "duration": clock.nanoseconds(seconds),
    }
    if found["status"].value == "FAILED" and found.get("message"):
        data["error_message"] = found["message"]
    return data


def hook_entry(found: dict[str, Any], seconds: float) -> dict[str, Any]:
    return {"match": {"location": HOOK_FILE}, "result": result(found, seconds)}
