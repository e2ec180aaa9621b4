"""``resetspec doc`` and ``resetspec merge``: the living documentation and the results' merge.

``main(["doc", …])`` or ``main(["merge", …])`` returns the exit code: 0 done, 1 a problem with
the inputs (said in one line), 2 a bad command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from resetspec.livingdoc import (
    changes,
    conformance,
    document,
    guide_cli,
    history,
    junit,
    mechanical,
    merge,
    render,
    results,
    rgaa,
    teeth,
)
from resetspec.livingdoc.chrome import LANGS
from resetspec.livingdoc.guide import GuideError
from resetspec.reports import output
from resetspec.run.arg_types import OneLineParser
from resetspec.run.settings import DRIVERS

DEFAULT_RESULTS = Path("reports/results")
DEFAULT_DOC = Path("reports/living-doc")
DEFAULT_MERGED = DEFAULT_RESULTS / "results-merged.json"


def parser() -> OneLineParser:
    """``doc`` and ``merge`` alone, for ``main``; ``resetspec``'s whole tree adds the same
    arguments (``run/cli_args.py``)."""
    top = OneLineParser(prog="resetspec", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    add_doc_arguments(commands.add_parser("doc", help="write the living documentation"))
    add_merge_arguments(commands.add_parser("merge", help="merge results files by stable id"))
    return top


def add_doc_arguments(doc: argparse.ArgumentParser) -> None:
    doc.add_argument("--dry-run", action="store_true", help="the spec alone, every example not run")
    doc.add_argument(
        "--results",
        type=Path,
        action="append",
        metavar="FILE|DIR",
        help=f"results files or folders of them (default {DEFAULT_RESULTS})",
    )
    doc.add_argument(
        "--out", type=Path, default=DEFAULT_DOC, metavar="DIR", help=f"default {DEFAULT_DOC}"
    )
    doc.add_argument(
        "--lang",
        choices=LANGS,
        default=os.environ.get("RESETSPEC_LANG", "fr"),
        help="language of the page's own words (default $RESETSPEC_LANG or fr)",
    )
    doc.add_argument(
        "--mutants",
        type=Path,
        metavar="FILE",
        help=f"the kill matrix of `resetspec mutants` (default {teeth.DEFAULT}, when there)",
    )
    doc.add_argument(
        "--mechanical",
        type=Path,
        metavar="FILE",
        help=f"the score of `resetspec mutants --mechanical` (default {mechanical.DEFAULT})",
    )
    doc.add_argument(
        "--features", type=Path, default=Path("features"), metavar="DIR", help="default features"
    )
    doc.add_argument(
        "--conformance",
        type=Path,
        metavar="FILE",
        help="a --target run's contract check (default REPORTS/conformance.json, when there)",
    )
    guide_cli.add_arguments(doc)
    doc.add_argument(
        "--history",
        type=Path,
        metavar="DIR",
        help=f"earlier runs, for what changed (default ${history.ENV} or REPORTS/history)",
    )
    doc.add_argument(
        "--record-history",
        action="store_true",
        help="add this run to the history first (resetspec run does; not a CI shard's part)",
    )
    doc.add_argument(
        "--driver",
        choices=DRIVERS,
        default="browser",
        help="the driver the run used: it is compared with earlier runs of that driver only",
    )


def add_merge_arguments(joined: argparse.ArgumentParser) -> None:
    joined.add_argument(
        "folders",
        type=Path,
        nargs="+",
        metavar="DIR",
        help="results folders (each a run's or a shard's reports/results/) or results files",
    )
    joined.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_MERGED,
        metavar="FILE",
        help=f"the merged results file (default {DEFAULT_MERGED})",
    )
    joined.add_argument("--junit", type=Path, metavar="FILE", help="also write JUnit XML there")
    joined.add_argument("--messages", type=Path, metavar="FILE", help="also Cucumber Messages")
    joined.add_argument("--cucumber-json", type=Path, metavar="FILE", help="also Cucumber JSON")
    joined.add_argument(
        "--junit-dir", type=Path, metavar="DIR", help="also complete JUnit, a file per feature"
    )


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # a bad command line (said in one line), or --help
        return int(exc.code or 0)
    return command(args)


def command(args: argparse.Namespace) -> int:
    """``resetspec doc`` or ``resetspec merge``, its arguments read."""
    problem = doc_problem(args) if args.command == "doc" else None
    if problem:
        print(f"resetspec doc: {problem}", file=sys.stderr)
        return 2
    try:
        return doc(args) if args.command == "doc" else merged(args)
    except (results.ResultsError, GuideError) as exc:
        print(f"resetspec {args.command}: {exc}", file=sys.stderr)
        return 1


def doc_problem(args: argparse.Namespace) -> str | None:
    """What argparse cannot see: flags that exclude each other, a bad $RESETSPEC_LANG."""
    if args.dry_run and args.results:
        return "--dry-run shows no result; drop --results or --dry-run"
    if args.dry_run and args.record_history:
        return "--dry-run has no run to record; drop --record-history or --dry-run"
    if args.check_guide and args.lock_guide:
        return "--check-guide writes nothing and --lock-guide writes the lock; choose one"
    if args.lang not in LANGS:  # argparse does not check a default against the choices
        return f"RESETSPEC_LANG={args.lang} is not offered; use {' or '.join(LANGS)}"
    return None


def doc(args: argparse.Namespace) -> int:
    if not args.features.is_dir():
        raise results.ResultsError(f"{args.features}: no such features folder")
    if args.check_guide:
        return guide_cli.check(args)
    if args.lock_guide:
        return guide_cli.lock(args)
    if not args.dry_run and not args.results and not DEFAULT_RESULTS.is_dir():
        raise results.ResultsError(
            f"no results in {DEFAULT_RESULTS}: run `resetspec run` first, or use --dry-run"
        )
    run = None if args.dry_run else merge.merge_files(args.results or [DEFAULT_RESULTS])
    built = document.build(args.features, run, teeth.found(args.mutants))
    guide_cli.attach(args, built)
    if run is not None:
        reports = Path(os.environ.get("RESETSPEC_REPORTS") or "reports")
        where = args.history or history.folder(reports)
        changes.attach(built, run, where, args.record_history, args.driver)
    built.rgaa = rgaa.build(built)
    built.mechanical = mechanical.found(args.mechanical)
    if not args.dry_run or args.conformance:  # a dry run has no target of its own
        built.conformance = conformance.found(args.conformance)
    if built.unmatched:
        print(
            f"resetspec doc: {len(built.unmatched)} results match no example of {args.features}"
            f" (stale results?), first {built.unmatched[0]}",
            file=sys.stderr,
        )
    page = render.render(built, args.out, args.lang)
    size = render.folder_size(args.out) / 1024
    print(f"living doc: {page} ({size:.0f} KiB)")
    return 0


def merged(args: argparse.Namespace) -> int:
    run = merge.merge_files(args.folders)
    results.save(run, args.out)
    if args.junit:
        junit.write(run, args.junit)
    wanted = output.Wanted(args.messages, args.cucumber_json, args.junit_dir)
    output.write(run, wanted, args.folders, Path.cwd())
    print(
        f"merged {len(run.examples)} examples from {', '.join(map(str, args.folders))}"
        f" into {args.out}"
    )
    return 0
