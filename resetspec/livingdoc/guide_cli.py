"""The guide's part of ``resetspec doc``: read it with its table and lock, check it, lock it.

``resetspec doc`` shows the guide when it finds it, and says in one line when it does not (the
rest of the doc needs no guide); ``--check-guide`` and ``--lock-guide`` need it and refuse to
run without it. An explicit ``--guide`` or ``$RESETSPEC_GUIDE`` must exist.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from resetspec.livingdoc import guide, guide_coverage, guide_lock, guide_map, guide_view
from resetspec.livingdoc.guide import Guide, GuideError
from resetspec.livingdoc.guide_coverage import Coverage
from resetspec.livingdoc.guide_lock import Drift
from resetspec.livingdoc.views import Document

MAP_NAME = "guide-map.toml"
LOCK_NAME = "guide.lock"


@dataclass
class Read:
    guide: Guide
    coverage: Coverage
    drift: Drift
    lock_path: Path


def add_arguments(doc: argparse.ArgumentParser) -> None:
    doc.add_argument(
        "--guide",
        type=Path,
        metavar="FILE|DIR",
        help=f"the guide (default ${guide.ENV}, else {guide.DEFAULT}/ when it exists)",
    )
    doc.add_argument(
        "--guide-map",
        type=Path,
        metavar="FILE",
        help=f"the reviewed table of sentences to rules (default FEATURES/{MAP_NAME})",
    )
    doc.add_argument(
        "--check-guide",
        action="store_true",
        help="write nothing; list the guide's drift and unfaithful quotes, exit 1 if any",
    )
    doc.add_argument(
        "--lock-guide",
        action="store_true",
        help=f"after review: record today's sentences and links in FEATURES/{LOCK_NAME}",
    )


def read(args: argparse.Namespace, required: bool) -> Read | None:
    """The guide with its coverage and drift; None when it is not there and not required."""
    path = guide.locate(args.guide)
    if path is None:
        if required:
            raise GuideError(
                f"no guide at {guide.DEFAULT}/ (nor ${guide.ENV}); point {guide.ENV} at the guide"
            )
        return None
    read_guide = guide.read(path)
    asked = args.guide_map is not None
    table = guide_map.load(args.guide_map or args.features / MAP_NAME, required=asked)
    coverage = guide_coverage.build(read_guide, args.features, table)
    lock_path = args.features / LOCK_NAME
    drift = guide_lock.drift(coverage, guide_lock.load(lock_path), lock_path)
    return Read(read_guide, coverage, drift, lock_path)


def check(args: argparse.Namespace) -> int:
    found = read(args, required=True)
    assert found is not None
    for line in found.drift.problems:
        print(f"resetspec doc: {line}", file=sys.stderr)
    c = found.coverage
    count = len(found.drift.problems)
    verdict = f"{count} problem{'s' * (count != 1)}" if count else "no drift"
    print(
        f"guide {found.guide.path.name}: {len(c.marks)} sentences, {c.count('checked')} of"
        f" {c.normative} normative checked; {verdict}"
    )
    return 1 if found.drift.problems else 0


def lock(args: argparse.Namespace) -> int:
    found = read(args, required=True)
    assert found is not None
    broken = found.coverage.fidelity + found.coverage.problems
    if broken:
        for line in broken:
            print(f"resetspec doc: {line}", file=sys.stderr)
        print("resetspec doc: nothing locked: mend the quotes or the table first", file=sys.stderr)
        return 1
    guide_lock.write(guide_lock.of(found.coverage), found.lock_path)
    print(f"guide lock: {found.lock_path} ({len(found.coverage.marks)} sentences)")
    return 0


def attach(args: argparse.Namespace, document: Document) -> None:
    """Give the document its guide view, or the one line saying why it has none."""
    found = read(args, required=False)
    if found is None:
        document.guide_missing = f"no guide at {guide.DEFAULT}/; set {guide.ENV}"
        print(
            f"resetspec doc: {document.guide_missing}; the guide view is left out", file=sys.stderr
        )
        return
    source = found.guide.path.name
    document.guide = guide_view.build(found.guide, found.coverage, found.drift, document, source)
    for line in found.drift.problems[:5]:
        print(f"resetspec doc: guide: {line}", file=sys.stderr)
    if len(found.drift.problems) > 5:
        print(f"resetspec doc: guide: … {len(found.drift.problems) - 5} more", file=sys.stderr)
