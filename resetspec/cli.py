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
living documentation in living-doc/index.html. The exit code is 0 only when every scenario
that ran passed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from resetspec import schedule, summary, workers
from resetspec.cli_args import OneLineParser, bounded
from resetspec.livingdoc import cli as livingdoc
from resetspec.livingdoc.render import folder_size
from resetspec.livingdoc.results import load as load_results
from resetspec.settings import DRIVERS, TRACES, SettingsError, surface_file, target_url, ws_url

ROOT = Path(__file__).resolve().parents[1]  # the checkout, with an editable install
REPORTS = Path(os.environ.get("RESETSPEC_REPORTS") or "reports")  # the harness reads it too
RESULTS_FORMATTER = "resetspec.livingdoc.formatter:ResultsFormatter"
PROGRESS_FORMATTER = "resetspec.progress:ProgressFormatter"
MAX_DEFAULT_WORKERS = 8
MESSAGES = "cucumber-messages.ndjson"  # Cucumber Messages, for Cucumber's own HTML report
CUCUMBER = "cucumber.json"  # the legacy Cucumber JSON, for Xray, Allure and others
# Commands that belong to the living documentation's own command line.
DOC_COMMANDS = ("doc", "merge")


def parser() -> OneLineParser:
    top = OneLineParser(prog="resetspec", description="The executable specification's runner.")
    commands = top.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    run = commands.add_parser("run", help="run the features with behave and Playwright")
    run.add_argument("paths", nargs="*", help="feature files or folders (default: features/)")
    run.add_argument(
        "--tags", action="append", default=[], help="behave tag expression, e.g. @G07 (repeatable)"
    )
    run.add_argument("--target", type=url, help="base URL of a deployment with the hooks on")
    run.add_argument("--mail-port", type=port, help="port of the mail sink (for a --target)")
    run.add_argument("--surface", type=surface, help="the target's page vocabulary (TOML)")
    run.add_argument("--headed", action="store_true", help="show the browser")
    run.add_argument("--seed", type=seed, help="seed of the generated data (RESETSPEC_SEED)")
    run.add_argument(
        "--workers",
        "--jobs",
        type=bounded(1, 16),
        dest="workers",
        help=f"behave processes on one app and sink (default: one per core, {default_workers()})",
    )
    run.add_argument("--driver", choices=DRIVERS, default="browser", help="protocol driver")
    run.add_argument("--shard", type=shard, help="I/N: run only CI shard I of N")
    run.add_argument("--browser-ws", type=websocket, help="a Playwright server's ws:// URL")
    run.add_argument(
        "--trace",
        choices=TRACES,
        default="actions",
        help="what a failed browser example's trace holds; full adds DOM snapshots (slower)",
    )
    run.add_argument("-f", "--format", action="append", default=[], help="behave formatter")
    run.add_argument("--dry-run", action="store_true", help="check the steps without running")
    return top


def url(raw: str) -> str:
    try:
        found = target_url(raw)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if found is None:
        raise argparse.ArgumentTypeError("an empty target; give a URL such as http://host:8000")
    return found


def surface(raw: str) -> str:
    try:
        surface_file(raw)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return str(Path(raw).resolve())


def port(raw: str) -> int:
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a port between 1 and 65535")
    return int(raw)


def shard(raw: str) -> tuple[int, int]:
    try:
        return schedule.parse_shard(raw)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def websocket(raw: str) -> str:
    try:
        return ws_url(raw) or ""
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def default_workers() -> int:
    """One per core: each worker keeps a core busy (its browser or its share of the app)."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))


def seed(raw: str) -> int:
    if not raw.isdigit():
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number")
    return int(raw)


def behave_arguments(options: argparse.Namespace) -> list[str]:
    """behave's command line; the rest (formats, default tags, JUnit) is in pyproject.toml."""
    args = ["--junit", "--junit-directory", str(REPORTS / "junit")]
    for expression in options.tags:
        args += ["--tags", expression]
    if options.tags:
        args.append("--no-skipped")  # a chosen rule should not drown in the others' names
    if options.target:
        args += ["-D", f"target={options.target}"]
    if options.mail_port:
        args += ["-D", f"mail_port={options.mail_port}"]
    if options.surface:
        args += ["-D", f"surface={options.surface}"]
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
    if options.dry_run:
        args.append("--dry-run")
    return args


def all_arguments(options: argparse.Namespace) -> list[str]:
    return behave_arguments(options) + list(options.paths)


def run(options: argparse.Namespace) -> int:
    # behave reads pyproject.toml and finds features/ and steps/ from the working directory.
    if not (Path.cwd() / "features").is_dir():
        os.chdir(ROOT)
    fresh_reports()
    if options.target and not options.dry_run and not conformance_first(options):
        return 2
    if options.seed is not None:
        os.environ["RESETSPEC_SEED"] = str(options.seed)
    from behave.__main__ import main as behave_main

    started = time.monotonic()
    units = selection(options)
    count = len(units) if units is not None else 0
    processes = 1 if options.dry_run else min(options.workers or default_workers(), count)
    if processes > 1:
        failed = workers.run(
            units, processes, behave_arguments(options), REPORTS, options.target, options.mail_port
        )
    elif options.shard:
        failed = behave_main(behave_arguments(options) + [u.location for u in units])
    else:
        failed = behave_main(all_arguments(options))
    minutes, seconds = divmod(time.monotonic() - started, 60)
    if not options.dry_run:
        write_documents(options.driver, record=not options.shard)  # a shard is not a run
        keep_durations()
    print(
        f"resetspec: {'FAILED' if failed else 'passed'} in {minutes:.0f}m{seconds:04.1f}s;"
        f" living doc {REPORTS / 'living-doc' / 'index.html'}, JUnit in {REPORTS / 'junit'};"
        f" reports/ holds {folder_size(REPORTS) / 1e6:.1f} MB"
    )
    return 1 if failed else 0


def conformance_first(options: argparse.Namespace) -> bool:
    """The target's conformance report; False when the target cannot be checked at all."""
    from resetspec.drivers import surface as vocabulary
    from resetspec.proof import conformance

    words = vocabulary.load(Path(options.surface)) if options.surface else vocabulary.reference()
    report = conformance.run(options.target, words, options.mail_port)
    print(report.render(), flush=True)
    (REPORTS / "conformance.txt").write_text(report.render() + "\n", encoding="utf-8")
    return report.checkable


def write_documents(driver: str = "browser", record: bool = True) -> None:
    """The run's results as one file, JUnit named by rule, the living documentation, and the
    run in the history (reports/history/, which no run clears)."""
    merged = REPORTS / "results-merged.json"
    results = str(REPORTS / "results")
    junit = str(REPORTS / "junit-rules.xml")
    reports = ["--junit", junit, "--junit-dir", str(REPORTS / "junit")]
    reports += ["--messages", str(REPORTS / MESSAGES), "--cucumber-json", str(REPORTS / CUCUMBER)]
    if livingdoc.main(["merge", results, "--out", str(merged), *reports]) == 0:
        doc = ["doc", "--results", str(merged), "--out", str(REPORTS / "living-doc")]
        doc += ["--driver", driver]
        livingdoc.main(doc + ["--record-history"] * record)
        print(summary.render(load_results(merged)))


def selection(options: argparse.Namespace) -> list[schedule.Unit]:
    """The examples this run (or this shard of it) will run."""
    units = schedule.select(options.paths, options.tags)
    return schedule.shard(units, *options.shard) if options.shard else units


def keep_durations() -> None:
    """Each example's time, for the next run's split among workers."""
    merged = REPORTS / "results-merged.json"
    if not merged.exists():
        return
    timed = schedule.passed_durations(load_results(merged).examples.values())
    path = REPORTS / workers.DURATIONS
    schedule.save_durations(path, timed, keep=schedule.load_durations(path))


def fresh_reports() -> None:
    """Only this run's results: stale XML or evidence from an earlier run would mislead."""
    for folder in ("junit", "failures", "screens", "results", "evidence", "living-doc"):
        shutil.rmtree(REPORTS / folder, ignore_errors=True)
    for stale in (MESSAGES, CUCUMBER, "cucumber-report.html"):  # the last one: `make interop`'s
        (REPORTS / stale).unlink(missing_ok=True)
    for log in [*REPORTS.glob("worker-*.log"), *REPORTS.glob("reference_app*.log")]:
        log.unlink(missing_ok=True)
    (REPORTS / "junit").mkdir(parents=True, exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] and argv[0] in DOC_COMMANDS:
        return livingdoc.main(argv)
    if argv[:1] == ["bench"]:
        from resetspec.bench import main as bench_main  # Playwright only when asked for

        return bench_main(argv[1:])
    if argv[:1] == ["mutants"]:
        from resetspec.mutants import main as mutants_main

        return mutants_main(argv[1:])
    if argv[:1] == ["conformance"]:
        from resetspec.proof.conformance import main as conformance_main

        return conformance_main(argv[1:])
    if argv[:1] == ["flake"]:
        from resetspec.flake import main as flake_main

        return flake_main(argv[1:])
    return run(parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
