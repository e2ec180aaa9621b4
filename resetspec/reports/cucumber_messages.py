"""``cucumber-messages.ndjson``: the run as Cucumber Messages, one ``Envelope`` a line.

Written from the feature files (parsed by ``gherkin-official``) and the run's results file,
so the workers of a run and the shards of a CI run, once merged, give one stream. The order is
Cucumber's: meta; each file's source, document and pickles; step definitions and hooks; the
test run, every test case, then each example's execution in the order it ran (its hooks and
steps with their results, its evidence as external attachments), and the run's end.
Examples the run did not select have no pickle: a stream holds what was run.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cucumber_messages as cm

from resetspec.livingdoc.results import Example, Results
from resetspec.reports import clock, meta
from resetspec.reports.cucumber_cases import Case, case, glue
from resetspec.reports.gherkin_source import Spec

Status = cm.TestStepResultStatus
UNDEFINED = "undefined step"  # the start of the results file's error for one


def selected(results: Results) -> list[Example]:
    """The examples the run selected, in file order (not the ones left out by tags or shards)."""
    chosen = [e for e in results.examples.values() if e["status"] != "untested"]
    return sorted(chosen, key=lambda e: (e["feature"], e["line"]))


def cases(spec: Spec, results: Results, run_id: str) -> tuple[list[cm.Envelope], list[Case]]:
    """The glue's envelopes and one test case per selected example found in the features."""
    paired = [(e, spec.pickle_at(e["feature"], e["line"])) for e in selected(results)]
    found = glue(spec, [example for example, pickle in paired if pickle is not None])
    built = [case(spec, found, p, e, run_id) for e, p in paired if p is not None]
    return found.envelopes(), built


def envelopes(spec: Spec, results: Results, folder: Path) -> Iterator[cm.Envelope]:
    """The whole stream; evidence URLs are relative to ``folder``, where the stream is written."""
    yield cm.Envelope(meta=meta.meta())
    run_id = spec.new_id()
    glue_envelopes, built = cases(spec, results, run_id)
    chosen = {c.pickle.id for c in built}
    for source, document in zip(spec.sources, spec.documents, strict=True):
        yield cm.Envelope(source=source)
        yield cm.Envelope(gherkin_document=document)
        for pickle in spec.pickles:
            if pickle.uri == document.uri and pickle.id in chosen:
                yield cm.Envelope(pickle=pickle)
    yield from glue_envelopes
    timeline = clock.Timeline.of(results, [c.example for c in built])
    yield cm.Envelope(test_run_started=cm.TestRunStarted(id=run_id, timestamp=timeline.start))
    yield from (cm.Envelope(test_case=c.test_case) for c in built)
    for built_case in sorted(built, key=lambda c: timeline.started(c.example)):
        yield from executed(spec, built_case, timeline, folder)
    success = all(c.example["status"] != "failed" for c in built)
    finished = cm.TestRunFinished(
        success=success, timestamp=timeline.end, test_run_started_id=run_id
    )
    yield cm.Envelope(test_run_finished=finished)


def executed(
    spec: Spec, built: Case, timeline: clock.Timeline, folder: Path
) -> Iterator[cm.Envelope]:
    """One example's execution: started, each step started and finished, finished."""
    example = built.example
    started_id = spec.new_id()
    times = timeline.steps(example)
    yield cm.Envelope(
        test_case_started=cm.TestCaseStarted(
            attempt=0, id=started_id, test_case_id=built.test_case.id, timestamp=times.start
        )
    )
    before, after = hook_results(example)
    order = [(built.before, before, times.before)]
    order += [
        (step, step_result(record), span)
        for (step, record), span in zip(built.steps, times.steps, strict=False)
    ]
    order.append((built.after, after, times.after))
    for test_step, result, (start, duration) in order:
        yield step_started(started_id, test_step.id, start)
        if test_step is built.after:
            yield from attachments(example, started_id, test_step.id, start, folder)
        finished = clock.later(start, duration)
        yield cm.Envelope(
            test_step_finished=cm.TestStepFinished(
                test_case_started_id=started_id,
                test_step_id=test_step.id,
                test_step_result=cm.TestStepResult(duration=clock.duration(duration), **result),
                timestamp=finished,
            )
        )
    yield cm.Envelope(
        test_case_finished=cm.TestCaseFinished(
            test_case_started_id=started_id, timestamp=times.end, will_be_retried=False
        )
    )


def step_started(started_id: str, step_id: str, start: cm.Timestamp) -> cm.Envelope:
    return cm.Envelope(
        test_step_started=cm.TestStepStarted(
            test_case_started_id=started_id, test_step_id=step_id, timestamp=start
        )
    )


def step_result(record: dict[str, Any]) -> dict[str, Any]:
    """A step's status, and for a failure its message and exception."""
    status = record.get("status", "untested")
    error = record.get("error") or ""
    if error.startswith(UNDEFINED):
        return {"status": Status.undefined}
    if status == "passed":
        return {"status": Status.passed}
    if status != "failed":
        return {"status": Status.skipped}  # skipped, or not reached after a failure
    return failed(record.get("exception"), error)


def failed(exception: dict[str, str] | None, error: str) -> dict[str, Any]:
    if not exception:
        return {"status": Status.failed, "message": error or "failed"}
    return {
        "status": Status.failed,
        "message": exception["trace"],
        "exception": cm.Exception(
            type=exception["type"], message=exception["message"], stack_trace=exception["trace"]
        ),
    }


def hook_results(example: Example) -> tuple[dict[str, Any], dict[str, Any]]:
    """The results of the before and after hooks: a skip's reason is the before hook's."""
    passed = {"status": Status.passed}
    if example["status"] == "skipped":
        reason = example.get("skip_reason") or "skipped"
        return {"status": Status.skipped, "message": reason}, passed
    exception = example.get("hook_exception")
    if example["status"] != "failed" or not exception:
        return passed, passed
    ran = any(step["status"] in ("passed", "failed") for step in example["steps"])
    hook_failed = failed(exception, example.get("error") or "")
    return (passed, hook_failed) if ran else (hook_failed, passed)


def attachments(
    example: Example, started_id: str, step_id: str, at: cm.Timestamp, folder: Path
) -> Iterator[cm.Envelope]:
    """The example's evidence files, where they lie, as the after hook wrote them."""
    for _, path in sorted(example.get("evidence", {}).items()):
        url = Path(os.path.relpath(path, folder.resolve())).as_posix()
        yield cm.Envelope(
            external_attachment=cm.ExternalAttachment(
                url=url,
                media_type=mimetypes.guess_type(path)[0] or "application/octet-stream",
                test_case_started_id=started_id,
                test_step_id=step_id,
                timestamp=at,
            )
        )
