"""A small behave project that exercises every shape the Cucumber reports must carry.

A rule with its catalogue id and one without, a background, an outline of two rows, a doc
string and a table, a failed step, an undefined step, a ``before_scenario`` that fails, a skip
with its reason, and evidence written in ``after_scenario`` as the harness writes it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FEATURE = """\
@chapter-3
Feature: Shapes
  Every shape of a report.

  Background:
    Given a counter at 0

  @G02 @question
  Rule: G02 Counting is exact
    Guide, 3: "Count."

    Scenario: Adding one
      When 1 is added
      Then the counter reads 1

    Scenario: A wrong total
      When 1 is added
      Then the counter reads 2

    Scenario Outline: Adding <n>
      When <n> is added
      Then the counter reads <n>

      @rows
      Examples: small numbers
        | n |
        | 2 |
        | 3 |

    @needs-clock
    Scenario: Needs a clock
      When 1 is added

    @hook-fails
    Scenario: A hook that fails
      When 1 is added

  Rule: Words
    Scenario: A note and a table
      When the note says:
        \"\"\"text/plain
        Bonjour
        \"\"\"
      And the table holds:
        | a | b |
        | 1 | 2 |
      Then nobody knows this step
"""

# One line a step: behave records each definition's line, which the reports point at.
STEPS = """\
from behave import given, then, when


def check(holds, message):
    assert holds, message


given("a counter at {n:d}")(lambda context, n: setattr(context, "n", n))
when("{n:d} is added")(lambda context, n: setattr(context, "n", context.n + n))
then("the counter reads {n:d}")(lambda c, n: check(c.n == n, f"expected {n}, got {c.n}"))
when("the note says:")(lambda context: check(context.text == "Bonjour", "no note"))
when("the table holds:")(lambda context: check(context.table.headings == ["a", "b"], "no table"))
"""

ENVIRONMENT = """\
from pathlib import Path

from resetspec.livingdoc.evidence import folder_for


def before_scenario(context, scenario):
    if "needs-clock" in scenario.effective_tags:
        scenario.skip("the target has no test clock")
    if "hook-fails" in scenario.effective_tags:
        raise RuntimeError("the browser did not start")


def after_scenario(context, scenario):
    names = {"passed": ["final.jpg"], "failed": ["final.jpg", "failure.png"]}
    names["error"] = names["hook_error"] = names["failed"]
    for name in names.get(scenario.status.name, []):
        folder = folder_for(Path("reports"), scenario)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(name.encode())
"""

FORMATTER = "resetspec.livingdoc.formatter:ResultsFormatter"
ROOT = Path(__file__).resolve().parents[2]


FILES = {
    "features/shapes.feature": FEATURE,
    "steps/shape_steps.py": STEPS,
    "environment.py": ENVIRONMENT,
}


def write(folder: Path) -> Path:
    for name, text in FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def behave(folder: Path, *args: str, reports: str = "reports") -> None:
    """behave in its own process (its step registry is global), JUnit as a worker writes it."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT), "RESETSPEC_REPORTS": reports}
    junit = ["--junit", "--junit-directory", f"{reports}/junit", "--no-skipped"]
    command = [sys.executable, "-m", "behave", "--no-capture", "-f", FORMATTER, *junit, *args]
    subprocess.run(
        [*command, "features"], cwd=folder, env=environ, capture_output=True, check=False
    )


def merge(folder: Path, *results: str, out: str = "reports") -> int:
    """``resetspec merge`` of these results folders, every report written under ``out``."""
    command = [sys.executable, "-m", "resetspec.run.cli", "merge", *results]
    command += ["--out", f"{out}/results-merged.json", "--junit", f"{out}/junit-rules.xml"]
    command += ["--messages", f"{out}/cucumber-messages.ndjson"]
    command += ["--cucumber-json", f"{out}/cucumber.json", "--junit-dir", f"{out}/junit"]
    environ = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, cwd=folder, env=environ, check=False).returncode
