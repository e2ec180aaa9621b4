"""The `resetspec` command: `resetspec run` wraps behave with the project's defaults.

    resetspec run                          # the whole suite, headless, against our reference app
    resetspec run --tags @G07              # one rule
    resetspec run --target https://host    # another deployment with the test-control contract
    resetspec run --headed features/02_reset_steps.feature
    resetspec run --workers 4              # 4 behave processes on one app and one mail sink
    resetspec run --shard 2/4              # CI machine 2 of 4: every example in one shard
    resetspec run --driver http            # the same features without a browser
    resetspec run --browser-ws ws://host:3000/   # a remote `playwright run-server`
    resetspec run --trace full             # failure traces with a DOM snapshot of every action
    resetspec doc [--dry-run]              # the living documentation, reports/living-doc/
    resetspec merge DIR...                 # results of several workers or CI machines, as one
    resetspec bench [--repeat N]           # harness overhead, workers and http speed-ups
    resetspec mutants [--only NAME...]     # each rule mutant of the app against its rule
    resetspec flake --runs N               # the whole suite N times, every failure reported

A run leaves in reports/ (RESETSPEC_REPORTS=DIR moves it): JUnit XML in junit/ and
junit-rules.xml, results JSON in results/, evidence of each example in evidence/, the run as
Cucumber Messages (cucumber-messages.ndjson) and Cucumber JSON (cucumber.json), and the
living documentation in living-doc/index.html; the last run's set stays until a complete new
one replaces it (resetspec.console.kept).

Exit codes: 0 at least one example ran and none failed; 1 an example failed; 2 a bad command
line, tag expression or path; 3 the run could not start (target down, no display, no browser);
5 the selection matched no example, or every selected example was skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import sys
import time
from pathlib import Path

from resetspec.console import kept, preflight, rerun, selection, steps_check
from resetspec.livingdoc import cli as livingdoc
from resetspec.livingdoc.results import Results
from resetspec.livingdoc.results import load as load_results
from resetspec.proof import conformance
from resetspec.reports import summary
from resetspec.run import schedule, workers
from resetspec.run.cli_args import default_workers, parser

ROOT = Path(__file__).resolve().parents[2]  # the checkout, with an editable install
REPORTS = Path(os.environ.get("RESETSPEC_REPORTS") or "reports")  # the harness reads it too
RESULTS_FORMATTER = "resetspec.livingdoc.formatter:ResultsFormatter"
PROGRESS_FORMATTER = "resetspec.reports.progress:ProgressFormatter"
MESSAGES = "cucumber-messages.ndjson"  # Cucumber Messages, for Cucumber's own HTML report
CUCUMBER = "cucumber.json"  # the legacy Cucumber JSON, for Xray, Allure and others
NOTHING_RAN = 5  # as pytest's "no tests ran": a selection of nothing must not turn CI green


def behave_arguments(options: argparse.Namespace) -> list[str]:
    """behave's command line; the rest (formats, default tags, JUnit) is in pyproject.toml."""
    args = ["--junit", "--junit-directory", str(REPORTS / "junit")]
    for expression in options.tags:
        args += ["--tags", expression]
    if options.tags:
        args.append("--no-skipped")  # a chosen rule should not drown in the others' names
    if options.target:
        args += ["-D", f"target={options.target}"]
    for name in ("mail_port", "surface"):
        if getattr(options, name):
            args += ["-D", f"{name}={getattr(options, name)}"]
    if options.headed:
        args += ["-D", "headed=1"]
    if options.driver != "browser":
        args += ["-D", f"driver={options.driver}"]
    if options.browser_ws:
        args += ["-D", f"browser_ws={options.browser_ws}"]
    if options.trace != "actions":
        args += ["-D", f"trace={options.trace}"]
    # The results formatter writes its own file; pretty stays on the terminal unless replaced.
    for name in options.format or ["pretty"]:
        args += ["--format", name]
    args += ["--format", RESULTS_FORMATTER, "--format", PROGRESS_FORMATTER]
    args += ["-D", f"reports={REPORTS}"]
    return args


def all_arguments(options: argparse.Namespace) -> list[str]:
    return behave_arguments(options) + list(options.paths)


def run(options: argparse.Namespace) -> int:
    # behave reads pyproject.toml and finds features/ and steps/ from the working directory.
    if not (Path.cwd() / "features").is_dir():
        os.chdir(ROOT)
    try:
        units = selection_of(options)
    except selection.SelectionError as exc:
        print(f"resetspec run: {exc}", file=sys.stderr)
        return exc.code
    if options.dry_run:
        return steps_check.dry_run(units, REPORTS)
    try:
        preflight.check(
            options.target, options.driver, options.headed, options.browser_ws, options.mail_port
        )
    except preflight.CannotStart as exc:
        print(f"resetspec run: {exc}", file=sys.stderr)
        return preflight.CANNOT_START
    checked = conformance.first(options.target, options.surface, options.mail_port)
    if checked is not None and not checked.checkable:
        return preflight.CANNOT_START
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(1, 2**31)
    os.environ["RESETSPEC_SEED"] = str(seed)  # every worker's data comes from this one seed
    processes = min(options.workers or default_workers(), len(units))
    print(
        f"resetspec: seed {seed} (replay: --seed {seed}); {len(units)} examples on"
        f" {processes} worker{'s' * (processes > 1)}, {options.driver} driver",
        flush=True,
    )
    started = time.monotonic()
    with kept.replacing(REPORTS) as replacement:
        if checked is not None:
            checked.keep(REPORTS, options.surface)  # the living doc shows it
        args = behave_arguments(options)
        code = workers.run(
            units, processes, args, REPORTS, options.target, options.mail_port, options.driver
        )
        results = write_documents(options.driver, record=not options.shard)  # a shard: no run
        if results is not None:
            replacement.done()
            again = rerun.failed_units(results, units) if snapshots_wanted(options) else []
            if again:
                args = behave_arguments(options)
                told = rerun.rerun(again, args, REPORTS, options.target, options.mail_port)
                print("\n".join(told))
    keep_durations(options.driver)
    minutes, seconds = divmod(time.monotonic() - started, 60)
    verdict = exit_code(code, results)
    said = {0: "passed", 1: "FAILED", NOTHING_RAN: "NOTHING RAN (every example skipped)"}
    print(
        f"resetspec: {said[verdict]} in {minutes:.0f}m{seconds:04.1f}s, seed {seed};"
        f" living doc {REPORTS / 'living-doc' / 'index.html'}"
    )
    return verdict


def snapshots_wanted(options: argparse.Namespace) -> bool:
    """A failed browser example is run again with DOM snapshots, unless they were on already."""
    return options.driver == "browser" and options.trace == "actions" and not options.no_rerun


def exit_code(workers_code: int, results: Results | None) -> int:
    """0 only when at least one example ran and none failed."""
    if results is None:
        return 1
    found = summary.counts(results)
    if workers_code or found["failed"]:
        return 1
    return 0 if found["passed"] else NOTHING_RAN


def selection_of(options: argparse.Namespace) -> list[schedule.Unit]:
    """The examples this run (or this shard of it) will run."""
    units = selection.select(list(options.paths), list(options.tags))
    return schedule.shard(units, *options.shard) if options.shard else units


def write_documents(driver: str = "browser", record: bool = True) -> Results | None:
    """The run's results as one file, JUnit named by rule, the living documentation, and the
    run in the history (reports/history/, which no run clears); the merged results, or None
    when the set could not be completed (said in one line)."""
    merged = REPORTS / "results-merged.json"
    results = str(REPORTS / "results")
    junit = str(REPORTS / "junit-rules.xml")
    reports = ["--junit", junit, "--junit-dir", str(REPORTS / "junit")]
    reports += ["--messages", str(REPORTS / MESSAGES), "--cucumber-json", str(REPORTS / CUCUMBER)]
    said = io.StringIO()  # what merge and doc say of themselves: the summary says it better
    with contextlib.redirect_stdout(said):
        merged_ok = livingdoc.main(["merge", results, "--out", str(merged), *reports]) == 0
        doc = ["doc", "--results", str(merged), "--out", str(REPORTS / "living-doc")]
        doc += ["--driver", driver, *["--record-history"] * record]
        doc_ok = merged_ok and livingdoc.main(doc) == 0
    if not doc_ok:
        print(said.getvalue(), end="")
        return None
    found = load_results(merged)
    print(summary.render(found, len(schedule.select([], []))))
    return found


def keep_durations(driver: str = "browser") -> None:
    """Each example's time, for the next run's split among workers."""
    merged = REPORTS / "results-merged.json"
    if not merged.exists():
        return
    timed = schedule.passed_durations(load_results(merged).examples.values())
    path = REPORTS / workers.durations_file(driver)
    schedule.save_durations(path, timed, keep=schedule.load_durations(path))


def main(argv: list[str] | None = None) -> int:
    options = parser().parse_args(sys.argv[1:] if argv is None else argv)
    if options.command == "run":
        return run(options)
    if options.command in ("doc", "merge"):
        return livingdoc.command(options)
    if options.command == "conformance":
        return conformance.command(options)
    if options.command == "bench":
        from resetspec.proof.bench import command as bench  # Playwright only when asked for

        return bench(options)
    if options.command == "mutants":
        from resetspec.proof.mutants import command as mutants

        return mutants(options)
    from resetspec.proof.flake import command as flake

    return flake(options)


if __name__ == "__main__":
    sys.exit(main())
