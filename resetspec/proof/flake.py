"""`resetspec flake --runs N`: the whole suite N times, and every scenario that ever failed.

    resetspec flake --runs 20 --jobs 2

Each run is a plain `resetspec run` (no retries: a failure is never run again to hide it) with
its own `RESETSPEC_REPORTS` folder under reports/flake/. The report lists each scenario that
failed in any run, in which runs, and its evidence files; it goes to reports/flake/flake.json
too. The exit code is 1 when any scenario failed in any run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from resetspec.livingdoc.results import ResultsError, load
from resetspec.reports.junit_reading import cases
from resetspec.run.cli_args import command_line
from resetspec.run.logged_run import run_logged

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "reports" / "flake"
HISTORY = ROOT / "reports" / "history"
RUN_SECONDS = 3600  # a whole suite takes minutes; an hour means a hang


@dataclass(frozen=True)
class Outcome:
    """How one example ended in one run, keyed by its stable id (feature:rule:Lline)."""

    key: str
    status: str
    evidence: tuple[str, ...] = ()
    error: str = ""


@dataclass
class Failure:
    """A scenario that failed at least once, with the runs, the evidence and the errors."""

    scenario: str
    runs: list[int] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class Run:
    number: int
    exit_code: int
    seconds: float
    passed: int
    failed: int
    folder: str


def run_suite(number: int, jobs: int, out: Path) -> tuple[Run, list[Outcome]]:
    folder = (out / f"run-{number:02d}").resolve()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k != "RESETSPEC_FAULTS"}
    env["RESETSPEC_REPORTS"] = str(folder)
    # Every run of the series joins the main history: an example that fails in one run and
    # passes in another on this commit is then shown flaky in the living doc, never passed.
    env["RESETSPEC_HISTORY"] = os.environ.get("RESETSPEC_HISTORY") or str(HISTORY)
    command = [sys.executable, "-m", "resetspec.run.cli", "run", "--jobs", str(jobs), "--no-rerun"]
    started = time.monotonic()
    code = run_logged(command, env, folder / "run.log", RUN_SECONDS)
    found = outcomes(folder)
    failed = sum(c.status == "failed" for c in found)
    passed = sum(c.status == "passed" for c in found)
    run = Run(number, code, time.monotonic() - started, passed, failed, str(folder))
    return run, found


def outcomes(folder: Path) -> list[Outcome]:
    """The run's examples from its merged results file (ids, evidence), else from its JUnit."""
    try:
        results = load(folder / "results-merged.json")
    except ResultsError:
        # No results file: the run broke early; its log is the only evidence there is.
        log = (str(folder / "run.log"),)
        return [Outcome(c.title, c.status, log) for c in cases(folder / "junit")]
    return [
        Outcome(
            f"{key} {example.get('name', '')}".strip(),
            example["status"],
            tuple(sorted(example.get("evidence", {}).values())),
            (example.get("error") or "").strip().split("\n")[0][:300],
        )
        for key, example in sorted(results.examples.items())
    ]


def collect(failures: dict[str, Failure], run: Run, found: list[Outcome]) -> None:
    for outcome in found:
        if outcome.status != "failed":
            continue
        failure = failures.setdefault(outcome.key, Failure(outcome.key))
        failure.runs.append(run.number)
        failure.evidence += outcome.evidence or [str(Path(run.folder) / "run.log")]
        if outcome.error:
            failure.errors.append(f"run {run.number}: {outcome.error}")
    if run.exit_code and not any(c.status == "failed" for c in found):
        # The run broke without a failing scenario (a harness crash): that is a failure too.
        failure = failures.setdefault("(the run itself)", Failure("(the run itself)"))
        failure.runs.append(run.number)
        failure.evidence.append(str(Path(run.folder) / "run.log"))


def write_report(out: Path, runs: list[Run], failures: dict[str, Failure]) -> Path:
    """Rewritten after every run, so an interrupted series still leaves its evidence."""
    report = {"runs": [asdict(r) for r in runs], "failures": [asdict(f) for f in failures.values()]}
    out.mkdir(parents=True, exist_ok=True)
    path = out / "flake.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    return command(command_line("flake", argv))


def command(options: argparse.Namespace) -> int:
    runs: list[Run] = []
    failures: dict[str, Failure] = {}
    for number in range(1, options.runs + 1):
        run, found = run_suite(number, options.jobs, options.out)
        runs.append(run)
        collect(failures, run, found)
        path = write_report(options.out, runs, failures)
        print(
            f"resetspec flake: run {number}/{options.runs}: {run.passed} passed,"
            f" {run.failed} failed, exit {run.exit_code}, {run.seconds:.0f}s",
            flush=True,
        )
    for failure in failures.values():
        times = f"{len(failure.runs)}/{options.runs}"
        print(f"FAILED in {times} runs {failure.runs}: {failure.scenario}")
        for line in [*failure.errors[:2], *failure.evidence[:3]]:
            print(f"    {line}")
    print(
        f"resetspec flake: {len(failures)} scenario(s) failed in at least one of {options.runs}"
        f" runs; report in {path}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
