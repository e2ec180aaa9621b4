"""What changed since the last run, each example's recent runs, and which examples are flaky.

An example that failed and passed on the same commit — in this run and earlier ones of the
history, as ``resetspec flake`` makes them — is flaky: the page says so and never calls it
passed, whatever the last run said.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from resetspec.livingdoc import history
from resetspec.livingdoc.history import Entry
from resetspec.livingdoc.results import Results
from resetspec.livingdoc.views import Document

RECENT = 10  # the runs shown beside each example


@dataclass
class Changes:
    previous: Entry | None
    folder: str
    failed_anew: list[str] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)
    skipped_anew: list[str] = field(default_factory=list)
    slowed: list[str] = field(default_factory=list)

    @property
    def kinds(self) -> list[tuple[str, list[str]]]:
        return [
            ("failed_anew", self.failed_anew),
            ("fixed", self.fixed),
            ("skipped_anew", self.skipped_anew),
            ("slowed", self.slowed),
        ]

    @property
    def any(self) -> bool:
        return any(ids for _, ids in self.kinds)


@dataclass(frozen=True)
class Point:
    """One run of an example, for its recent history."""

    when: str
    commit: str
    status: str
    seconds: float


def compare(current: Entry, previous: Entry | None, where: str) -> Changes:
    changes = Changes(previous, where)
    if previous is None:
        return changes
    for key, (status, seconds) in sorted(current.examples.items()):
        before, before_seconds = previous.examples.get(key, ("untested", 0.0))
        if status == "failed" and before != "failed":
            changes.failed_anew.append(key)
        elif status == "passed" and before == "failed":
            changes.fixed.append(key)
        elif status == "skipped" and before != "skipped":
            changes.skipped_anew.append(key)
        elif status == before == "passed" and slowed(before_seconds, seconds):
            changes.slowed.append(key)
    return changes


def slowed(before: float, now: float) -> bool:
    return before > 0 and now > before * history.SLOWER and now - before >= history.NOISE_SECONDS


def flaky(entries: list[Entry], commit: str) -> dict[str, tuple[int, int]]:
    """Examples that both failed and passed on ``commit``: (times failed, times run)."""
    same = [e for e in entries if e.commit == commit and commit != "?"]
    seen: dict[str, list[str]] = {}
    for entry in same:
        for key, (status, _) in entry.examples.items():
            seen.setdefault(key, []).append(status)
    return {
        key: (statuses.count("failed"), len(statuses))
        for key, statuses in seen.items()
        if "failed" in statuses and "passed" in statuses
    }


def attach(
    document: Document, results: Results, where: Path, record: bool, driver: str = "browser"
) -> None:
    """Record the run in the history at ``where`` when asked, then tell the document what
    changed since the run before it with the same driver, and each example its recent runs."""
    commit = history.commit_id()
    current = history.entry_of(results, commit, driver)
    if record:
        history.record(results, where, commit, driver)
    entries = [e for e in history.load(where) if e.key != current.key and e.driver == driver]
    document.changes = compare(current, entries[-1] if entries else None, str(where))
    everything = [*entries, current]
    odd = flaky(everything, commit)
    for example in document.examples:
        example.history = [
            Point(e.finished, e.commit, *e.examples[example.id])
            for e in everything[-RECENT:]
            if example.id in e.examples
        ]
        example.flaky = odd.get(example.id)
        example.commit = commit
