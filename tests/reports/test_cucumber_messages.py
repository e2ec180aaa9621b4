"""Cucumber Messages from a real behave run: valid against the official schema, rules intact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from resetspec.reports.errors import ReportError
from resetspec.reports.schema_check import check_messages

Kinds = dict[str, list[dict[str, Any]]]


def results_of(by_kind: Kinds, pickle_name: str) -> list[dict[str, Any]]:
    """The step results of one pickle's test case: before hook, steps, after hook."""
    pickle = next(p for p in by_kind["pickle"] if p["name"] == pickle_name)
    case = next(c for c in by_kind["testCase"] if c["pickleId"] == pickle["id"])
    started = next(s for s in by_kind["testCaseStarted"] if s["testCaseId"] == case["id"])
    finished = {
        f["testStepId"]: f["testStepResult"]
        for f in by_kind["testStepFinished"]
        if f["testCaseStartedId"] == started["id"]
    }
    return [finished[step["id"]] for step in case["testSteps"]]


# test that every line of the stream is an Envelope of the official JSON Schema
def test_every_line_validates(shapes: Path) -> None:
    assert check_messages(shapes / "cucumber-messages.ndjson") == []


# test that the stream holds every kind of message a run has, in Cucumber's order
def test_kinds_and_order(envelopes: list[dict[str, Any]], by_kind: Kinds) -> None:
    kinds = [next(iter(e)) for e in envelopes]
    assert kinds[0] == "meta" and kinds[-1] == "testRunFinished"
    expected = ["source", "gherkinDocument", "pickle", "stepDefinition", "hook", "testRunStarted"]
    expected += ["testCase", "testCaseStarted", "testStepStarted", "testStepFinished"]
    expected += ["externalAttachment", "testCaseFinished"]
    assert set(expected) <= set(kinds)
    assert kinds.index("testRunStarted") < kinds.index("testCase") < kinds.index("testCaseStarted")
    assert len(by_kind["pickle"]) == len(by_kind["testCase"]) == 7
    assert len(by_kind["testCaseStarted"]) == len(by_kind["testCaseFinished"]) == 7


# test that the document keeps both rules, with their names, tags and examples
def test_rules_are_in_the_document(by_kind: Kinds) -> None:
    (document,) = by_kind["gherkinDocument"]
    rules = [child["rule"] for child in document["feature"]["children"] if "rule" in child]
    assert [rule["name"] for rule in rules] == ["G02 Counting is exact", "Words"]
    assert [tag["name"] for tag in rules[0]["tags"]] == ["@G02", "@question"]
    assert len(rules[0]["children"]) == 5


# test that a pickle inherits its rule's tags, and an outline gives a pickle per row
def test_pickles(by_kind: Kinds) -> None:
    names = [pickle["name"] for pickle in by_kind["pickle"]]
    assert "Adding 2" in names and "Adding 3" in names
    first = by_kind["pickle"][0]
    assert {"@chapter-3", "@G02", "@question"} <= {tag["name"] for tag in first["tags"]}
    assert [step["text"] for step in first["steps"]] == [
        "a counter at 0",
        "1 is added",
        "the counter reads 1",
    ]


# test that each step points at the definition behave matched, its arguments where they are
def test_step_definitions_and_arguments(by_kind: Kinds) -> None:
    patterns = {d["id"]: d["pattern"]["source"] for d in by_kind["stepDefinition"]}
    assert sorted(patterns.values()) == sorted(
        ["a counter at {n:d}", "{n:d} is added", "the counter reads {n:d}"]
        + ["the note says:", "the table holds:"]
    )
    steps = by_kind["testCase"][0]["testSteps"]
    assert "hookId" in steps[0] and "hookId" in steps[-1]
    counter = steps[1]
    assert patterns[counter["stepDefinitionIds"][0]] == "a counter at {n:d}"
    argument = counter["stepMatchArgumentsLists"][0]["stepMatchArguments"][0]["group"]
    assert (argument["start"], argument["value"]) == (13, "0")


@pytest.mark.parametrize(
    ("pickle", "statuses"),
    [
        ("Adding one", ["PASSED"] * 5),
        ("A wrong total", ["PASSED", "PASSED", "PASSED", "FAILED", "PASSED"]),
        ("Needs a clock", ["SKIPPED", "SKIPPED", "SKIPPED", "PASSED"]),
        ("A hook that fails", ["FAILED", "SKIPPED", "SKIPPED", "PASSED"]),
        ("A note and a table", ["PASSED", "PASSED", "PASSED", "PASSED", "UNDEFINED", "PASSED"]),
    ],
)
# test each way an example ends: passed, a failed step, a skip, a failed hook, an undefined step
def test_results(by_kind: Kinds, pickle: str, statuses: list[str]) -> None:
    assert [result["status"] for result in results_of(by_kind, pickle)] == statuses


# test that a failure carries its exception, and a skip its reason on the before hook
def test_failure_and_skip_messages(by_kind: Kinds) -> None:
    failed = results_of(by_kind, "A wrong total")[3]
    assert failed["exception"]["type"] == "AssertionError"
    assert failed["exception"]["message"] == "expected 2, got 1"
    hook = results_of(by_kind, "A hook that fails")[0]
    assert hook["exception"] == {
        "type": "RuntimeError",
        "message": "the browser did not start",
        "stackTrace": hook["exception"]["stackTrace"],
    }
    assert results_of(by_kind, "Needs a clock")[0]["message"] == "the target has no test clock"


# test that the evidence is attached to the after hook, by a URL relative to the stream's folder
def test_evidence_as_external_attachments(shapes: Path, by_kind: Kinds) -> None:
    urls = sorted(a["url"] for a in by_kind["externalAttachment"])
    assert "evidence/shapes-L16/failure.png" in urls and "evidence/shapes-L12/final.jpg" in urls
    assert all((shapes / url).is_file() for url in urls)
    types = {a["url"].rsplit(".", 1)[1]: a["mediaType"] for a in by_kind["externalAttachment"]}
    assert types == {"jpg": "image/jpeg", "png": "image/png"}
    after_hooks = {step["id"] for c in by_kind["testCase"] for step in c["testSteps"][-1:]}
    assert {a["testStepId"] for a in by_kind["externalAttachment"]} <= after_hooks


# test that the clock never goes back: each step starts after the one before it
def test_time_runs_forward(by_kind: Kinds) -> None:
    def nanos(message: dict[str, Any]) -> int:
        return message["timestamp"]["seconds"] * 10**9 + message["timestamp"]["nanos"]

    started = nanos(by_kind["testRunStarted"][0])
    steps = [nanos(m) for m in by_kind["testStepStarted"]]
    assert started <= steps[0] and steps == sorted(steps)
    assert steps[-1] <= nanos(by_kind["testRunFinished"][0])
    assert by_kind["testRunFinished"][0]["success"] is False  # one example failed


# test that ids are unique across the whole stream
def test_ids_are_unique(envelopes: list[dict[str, Any]]) -> None:
    ids = [m["id"] for e in envelopes for m in e.values() if isinstance(m, dict) and "id" in m]
    assert len(ids) == len(set(ids))


# test that a missing schema or an unreadable stream is said in one line
def test_missing_schema_is_one_line(shapes: Path, tmp_path: Path) -> None:
    with pytest.raises(ReportError) as missing:
        check_messages(shapes / "cucumber-messages.ndjson", tmp_path)
    assert "\n" not in str(missing.value) and "Envelope.schema.json" in str(missing.value)
    (tmp_path / "broken.ndjson").write_text('{"meta": \n')
    problems = check_messages(tmp_path / "broken.ndjson")
    assert len(problems) == 1 and "not JSON" in problems[0]
