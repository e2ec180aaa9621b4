"""A tiny behave project, written into a temporary folder, to run the formatter for real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FEATURE = """\
@chapter-2
Feature: Sample
  A feature for the formatter's tests.

  @G01
  Rule: G01 Things are counted
    Guide, 2: "Count them."

    Scenario: One and one make two
      Given the number 1
      When 1 is added
      Then the result is 2

    Scenario: One and one make three
      Given the number 1
      When 1 is added
      Then the result is 3

    @needs-clock
    Scenario: A clock is needed
      Given the number 1

    Scenario Outline: Adding <n>
      Given the number 1
      When <n> is added
      Then the result is <sum>

      Examples:
        | n | sum |
        | 2 | 3   |
        | 3 | 4   |

  Rule: Without an id
    Scenario: Nothing to see
      Given the number 5
      And the table:
        | a | b |
        | 1 | 2 |
"""

STEPS = """\
from behave import given, when, then


@given("the number {n:d}")
def number(context, n):
    context.n = n


@when("{n:d} is added")
def added(context, n):
    context.n += n


@then("the result is {n:d}")
def result(context, n):
    assert context.n == n, f"expected {n}, got {context.n}\\nCall log: details"


@given("the table:")
def table(context):
    pass
"""

# Evidence as the harness will write it: in after_scenario, before the formatter's close().
ENVIRONMENT = """\
from pathlib import Path

from resetspec.livingdoc.evidence import folder_for


def before_scenario(context, scenario):
    if "needs-clock" in scenario.effective_tags:
        scenario.skip("the target has no test clock")


def after_scenario(context, scenario):
    if scenario.status.name == "skipped":
        return
    folder = folder_for(Path("reports"), scenario)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "final.jpg").write_bytes(b"jpeg")
    if scenario.status.name == "failed":
        (folder / "failure.png").write_bytes(b"png")
        (folder / "trace.zip").write_bytes(b"zip")
        (folder / "failure.html").write_text("<html></html>")
"""

FORMATTER = "resetspec.livingdoc.formatter:ResultsFormatter"
ROOT = Path(__file__).resolve().parents[2]


def write(folder: Path) -> Path:
    (folder / "features").mkdir(parents=True)
    (folder / "steps").mkdir()
    (folder / "features" / "sample.feature").write_text(FEATURE, encoding="utf-8")
    (folder / "steps" / "sample_steps.py").write_text(STEPS, encoding="utf-8")
    (folder / "environment.py").write_text(ENVIRONMENT, encoding="utf-8")
    return folder


def run_behave(folder: Path, *args: str, env: dict[str, str] | None = None) -> None:
    """Run behave in its own process: its step registry is global, the tests' must stay clean."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    command = [sys.executable, "-m", "behave", "--no-capture", "-f", FORMATTER, *args, "features"]
    subprocess.run(command, cwd=folder, env=environ, capture_output=True, text=True, check=False)
