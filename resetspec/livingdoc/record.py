"""From behave's model (Feature → Rule → Scenario → Step) to the records of the results file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from behave.model import Feature, Scenario, ScenarioOutline, Status, Step, Table

from resetspec.livingdoc import evidence, ids
from resetspec.livingdoc.results import Example
from resetspec.livingdoc.step_details import exception_record, match_record
from resetspec.livingdoc.timing import Clock, iso

ERROR_LENGTH = 300
PASSED = {Status.passed, Status.pending_warn, Status.xfailed}
NOT_RUN = {Status.untested, Status.unknown, Status.executing, Status.untested_pending}
NOT_RUN |= {Status.untested_undefined}
UNDEFINED = "undefined step: no step implementation matches this text"


def outcome(status: Status) -> str:
    """behave's many statuses, told as the four a reader cares about."""
    if status in PASSED:
        return "passed"
    if status == Status.skipped:
        return "skipped"
    if status in NOT_RUN:
        return "untested"
    return "failed"  # failed, error, undefined, pending, hook or cleanup error


def examples_of(feature: Feature, reports: Path, clock: Clock | None = None) -> Iterator[Example]:
    """Every example of a feature, an outline giving one per Examples row."""
    clock = clock or Clock()
    path = ids.feature_path(feature.filename)
    containers = [(ids.NO_RULE, feature.scenarios)]
    containers += [(ids.rule_id(rule.tags), rule.scenarios) for rule in feature.rules]
    for rule, scenarios in containers:
        for scenario in scenarios:
            for example in expanded(scenario):
                yield record(path, rule, example, reports, clock)


def expanded(scenario: Scenario) -> list[Scenario]:
    if isinstance(scenario, ScenarioOutline):
        return list(scenario.scenarios)
    return [scenario]


def record(
    feature: str, rule: str, scenario: Scenario, reports: Path, clock: Clock | None = None
) -> Example:
    clock = clock or Clock()
    status = outcome(scenario.status)
    steps = [step_record(step, clock) for step in scenario.all_steps]
    if status == "skipped" and not scenario.skip_reason:
        status = "untested"  # behave's "skipped" for an example this run did not select
        steps = [{**step, "status": "untested"} for step in steps]
    found = evidence.found(reports, feature, scenario.line)
    return {
        "id": ids.example_id(feature, rule, scenario.line),
        "feature": feature,
        "rule": rule,
        "line": scenario.line,
        "name": scenario.name.strip(),
        "status": status,
        "skip_reason": scenario.skip_reason if status == "skipped" else None,
        "duration": round(scenario.duration, 3),
        "error": failure_line(scenario, steps) if status == "failed" else None,
        "steps": steps,
        "evidence": {kind: str(path.resolve()) for kind, path in found.items()},
        **outline_row(scenario),
        **timing(scenario, clock, status),
        **hook_exception(scenario, status),
    }


def timing(scenario: Scenario, clock: Clock, status: str) -> dict[str, Any]:
    """When the example started and ended (the reports of Cucumber's formats place it in time)."""
    if status == "untested" or clock.started(scenario) is None:
        return {}  # not run here: another worker's, or not selected
    return {"started": clock.started(scenario), "finished": clock.ended(scenario)}


def hook_exception(scenario: Scenario, status: str) -> dict[str, Any]:
    """A hook's error: an example that failed with no failed step failed in a hook."""
    if status != "failed" or any(step.status == Status.failed for step in scenario.all_steps):
        return {}
    found = exception_record(scenario.exception, scenario.error_message)
    return {"hook_exception": found} if found else {}


def outline_row(scenario: Scenario) -> dict[str, Any]:
    """For an outline's example: its row's values and the outline's own line."""
    row = getattr(scenario, "_row", None)
    if row is None or scenario.parent is None:
        return {}
    return {"outline_line": scenario.parent.line, "row": dict(row.items())}


def step_record(step: Step, clock: Clock | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "keyword": step.keyword,
        "text": step.name,
        "status": outcome(step.status),
        "duration": round(step.duration, 3),
        "line": step.line,
    }
    ended = clock.ends.get(id(step)) if clock else None
    if ended is not None:
        data["started"] = iso(ended - step.duration)
    match = match_record(step)
    if match is not None:
        data["match"] = match
    if step.status == Status.undefined:
        data["error"] = UNDEFINED
    elif data["status"] == "failed":
        data["error"] = one_line(step.exception, step.error_message)
        data["exception"] = exception_record(step.exception, step.error_message)
    if step.table is not None:
        data["table"] = table_record(step.table)
    if step.text:
        data["docstring"] = str(step.text)
    return data


def table_record(table: Table) -> dict[str, list[Any]]:
    return {"headings": list(table.headings), "rows": [list(row.cells) for row in table.rows]}


def failure_line(scenario: Scenario, steps: list[dict[str, Any]]) -> str:
    """The failing step's error, else the hook's (a failed ``before_scenario`` has no step)."""
    failing = next((step["error"] for step in steps if step.get("error")), None)
    return failing or one_line(scenario.exception, scenario.error_message)


def one_line(exception: BaseException | None, message: str | None) -> str:
    """The first meaningful line of an error: Playwright's call logs follow on later lines."""
    if exception is not None and str(exception).strip():
        text = str(exception)
        if not isinstance(exception, AssertionError):
            text = f"{type(exception).__name__}: {text.strip()}"
    else:
        text = message or "failed without an error message"
    lines = [line.strip() for line in text.splitlines() if line.strip()] or [text]
    # Playwright's expect() says what it wanted on line 1 and what it found on "Actual value:".
    actual = next((line for line in lines[1:] if line.startswith("Actual value:")), None)
    first = f"{lines[0]}; {actual}" if actual else lines[0]
    return first if len(first) <= ERROR_LENGTH else first[: ERROR_LENGTH - 1] + "…"
