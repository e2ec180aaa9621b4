"""The formatter, on a real behave run: ids, statuses, steps, evidence, where the file goes."""

from __future__ import annotations

import json
from pathlib import Path

import livingdoc_project
import pytest

from resetspec.livingdoc.results import Results, load

FEATURE = "features/sample.feature"


# test that every example is keyed by file, rule id and line, an outline's by its row's line
def test_ids_are_file_rule_and_line(sample_results: Results) -> None:
    assert sorted(sample_results.examples) == sorted(
        f"{FEATURE}:{rule}:L{line}"
        for rule, line in [
            ("G01", 9),
            ("G01", 14),
            ("G01", 20),
            ("G01", 30),
            ("G01", 31),
            ("-", 34),
        ]
    )


@pytest.mark.parametrize(
    ("line", "status", "reason"),
    [
        (9, "passed", None),
        (14, "failed", None),
        (20, "skipped", "the target has no test clock"),  # skipped by a hook, with its reason
        (30, "passed", None),
        (31, "passed", None),
    ],
)
# test that each example's status (and a skip's reason) is behave's, told in four words
def test_status_and_skip_reason(
    sample_results: Results, line: int, status: str, reason: str | None
) -> None:
    example = sample_results.examples[f"{FEATURE}:G01:L{line}"]
    assert (example["status"], example["skip_reason"]) == (status, reason)


# test that a failure names its step and keeps the error's first line only
def test_failure_is_one_line_on_its_step(sample_results: Results) -> None:
    example = sample_results.examples[f"{FEATURE}:G01:L14"]
    assert example["error"] == "expected 3, got 2"
    assert [step["status"] for step in example["steps"]] == ["passed", "passed", "failed"]
    step = example["steps"][2]
    assert {key: step[key] for key in ("keyword", "text", "status", "line", "error")} == {
        "keyword": "Then",
        "text": "the result is 3",
        "status": "failed",
        "line": 17,
        "error": "expected 3, got 2",
    }
    # The whole error goes to Cucumber's formats: its type, message and trace.
    assert step["exception"]["type"] == "AssertionError"
    assert step["exception"]["message"] == "expected 3, got 2\nCall log: details"


# test that each step names the definition behave's registry matched, ran or not
def test_step_definitions(sample_results: Results) -> None:
    failed = sample_results.examples[f"{FEATURE}:G01:L14"]["steps"][2]["match"]
    assert failed == {
        "location": "steps/sample_steps.py:14",
        "pattern": "the result is {n:d}",
        "matcher": "ParseMatcher",
        "arguments": [{"start": 14, "value": "3"}],
    }
    skipped = sample_results.examples[f"{FEATURE}:G01:L20"]["steps"][0]
    assert skipped["status"] == "skipped" and skipped["match"]["pattern"] == "the number {n:d}"


# test that a run example has its start and end, each run step its start, in order
def test_times(sample_results: Results) -> None:
    example = sample_results.examples[f"{FEATURE}:G01:L9"]
    steps = [step["started"] for step in example["steps"]]
    assert example["started"] <= steps[0] <= steps[1] <= steps[2] <= example["finished"]


# test that an outline's example carries its row and its own steps' text
def test_outline_row(sample_results: Results) -> None:
    example = sample_results.examples[f"{FEATURE}:G01:L31"]
    assert example["row"] == {"n": "3", "sum": "4"}
    assert example["outline_line"] == 23
    assert [step["text"] for step in example["steps"]][1:] == ["3 is added", "the result is 4"]


# test that a step's table is kept, heading and rows
def test_step_table(sample_results: Results) -> None:
    step = sample_results.examples[f"{FEATURE}:-:L34"]["steps"][1]
    assert step["table"] == {"headings": ["a", "b"], "rows": [["1", "2"]]}


# test that evidence written in after_scenario is found, relative to the results file
def test_evidence(sample_run: Path, sample_results: Results) -> None:
    raw = json.loads((sample_run / "reports/results/results-local.json").read_text())
    failed = raw["examples"][f"{FEATURE}:G01:L14"]["evidence"]
    assert failed == {
        "final": "../evidence/sample-L14/final.jpg",
        "failure": "../evidence/sample-L14/failure.png",
        "trace": "../evidence/sample-L14/trace.zip",
        "page": "../evidence/sample-L14/failure.html",
    }
    assert set(sample_results.examples[f"{FEATURE}:G01:L9"]["evidence"]) == {"final"}
    assert sample_results.examples[f"{FEATURE}:G01:L20"]["evidence"] == {}


# test that the file goes where -o, RESETSPEC_RESULTS or the worker's name says
@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (("-o", "out/run.json"), {}, "out/run.json"),
        ((), {"RESETSPEC_RESULTS": "elsewhere.json"}, "elsewhere.json"),
        ((), {"RESETSPEC_WORKER": "3"}, "reports/results/results-3.json"),
    ],
)
def test_output_path(tmp_path: Path, args: tuple[str, ...], env: dict, expected: str) -> None:
    folder = livingdoc_project.write(tmp_path)
    livingdoc_project.run_behave(folder, *args, "--tags=G01", "--name=two", env=env)
    written = json.loads((folder / expected).read_text())
    assert written["format"] == "resetspec-results/1"
    assert written["workers"] == [env.get("RESETSPEC_WORKER", "local")]


# test that examples a run did not select (behave's "skipped" with no reason) are "not run"
def test_not_selected_is_untested(tmp_path: Path) -> None:
    folder = livingdoc_project.write(tmp_path)
    livingdoc_project.run_behave(folder, "--name=make two")
    examples = load(folder / "reports/results/results-local.json").examples
    assert {key: example["status"] for key, example in examples.items()} == {
        f"{FEATURE}:G01:L9": "passed",
        **{f"{FEATURE}:G01:L{n}": "untested" for n in (14, 20, 30, 31)},
        f"{FEATURE}:-:L34": "untested",
    }
    assert {step["status"] for step in examples[f"{FEATURE}:-:L34"]["steps"]} == {"untested"}
    assert "started" not in examples[f"{FEATURE}:-:L34"]  # not run here: no time of its own
