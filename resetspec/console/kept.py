"""The last run's reports stay until a complete new set replaces them.

A run moves the last set aside into ``.previous/`` when it starts. When its reports are complete
(the living doc written) the old set goes; when the run is cut short (Ctrl-C, a crash), the new
partial files go and the old set comes back. The history and the durations are never moved.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FOLDERS = ("junit", "failures", "screens", "results", "evidence", "living-doc", "events", "rerun")
FILES = (
    "cucumber-messages.ndjson",
    "cucumber.json",
    "cucumber-report.html",  # `make interop`'s, from the last messages
    "results-merged.json",
    "junit-rules.xml",
    "conformance.txt",  # a --target run's, first
    "conformance.json",
)
LOGS = ("worker-*.log", "reference_app*.log")
PREVIOUS = ".previous"


def members(reports: Path) -> list[Path]:
    """The files and folders of one run's reports that exist now."""
    found = [reports / name for name in (*FOLDERS, *FILES) if (reports / name).exists()]
    return found + [p for pattern in LOGS for p in sorted(reports.glob(pattern))]


class Replacement:
    """Marks the new set complete; until then the old one is only set aside."""

    def __init__(self) -> None:
        self.complete = False

    def done(self) -> None:
        self.complete = True


@contextmanager
def replacing(reports: Path) -> Iterator[Replacement]:
    aside = reports / PREVIOUS
    shutil.rmtree(aside, ignore_errors=True)  # a set left by a run killed outright
    aside.mkdir(parents=True)
    for member in members(reports):
        member.rename(aside / member.name)
    (reports / "junit").mkdir(parents=True, exist_ok=True)
    replacement = Replacement()
    try:
        yield replacement
    finally:
        if not replacement.complete:
            for member in members(reports):
                remove(member)
            for member in aside.iterdir():
                member.rename(reports / member.name)
        shutil.rmtree(aside, ignore_errors=True)


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
