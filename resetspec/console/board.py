"""The one live console of a run, drawn by the parent whatever the number of workers.

On a terminal a single line is redrawn in place (with ``rich``): examples done of the whole
selection, failures so far, elapsed time and an estimate of what is left from the last
durations; each failure is printed above it with its name as it happens. In a log (CI), one
plain line per finished example, and a line every ``QUIET_SECONDS`` when none finished, so a
run is never silent.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Mapping
from typing import TextIO

from rich.console import Console
from rich.live import Live
from rich.text import Text

from resetspec.console.events import Event

QUIET_SECONDS = 10.0
MARKS = {"passed": "✓", "failed": "✗", "skipped": "-"}


def clock(seconds: float) -> str:
    minutes, rest = divmod(max(0.0, seconds), 60)
    return f"{minutes:.0f}m{rest:02.0f}s"


class Board:
    """Examples done of ``total``; ``estimates`` holds each location's expected seconds."""

    def __init__(
        self,
        total: int,
        estimates: Mapping[str, float],
        workers: int = 1,
        out: TextIO | None = None,
        live: bool | None = None,
        started: float | None = None,
    ) -> None:
        self.total = total
        self.estimates = dict(estimates)
        self.workers = max(1, workers)
        self.counts: Counter[str] = Counter()
        self.failures: list[str] = []
        self.started = time.monotonic() if started is None else started
        self.last_line = time.monotonic()
        self.console = Console(file=out or sys.stdout, highlight=False, soft_wrap=True)
        self.live = self.console.is_terminal if live is None else live
        self._live: Live | None = None

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def left(self) -> float:
        """The unfinished examples' estimated time, shared by the workers."""
        return sum(self.estimates.values()) / self.workers

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        text = f"{self.done}/{self.total} examples, {self.counts['failed']} failed"
        if self.counts["skipped"]:
            text += f", {self.counts['skipped']} skipped"
        text += f", {clock(elapsed)}"
        if self.done < self.total:
            text += f", about {clock(self.left())} left"
        return text

    def __enter__(self) -> Board:
        if self.live:
            self._live = Live(Text(self.line()), console=self.console, auto_refresh=False)
            self._live.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.update(Text(self.line()), refresh=True)
            self._live.stop()
            self._live = None

    def add(self, event: Event) -> None:
        self.counts[event.status] += 1
        self.estimates.pop(event.location, None)
        if event.status == "failed":
            self.failures.append(f"{event.location} {event.name}")
        self.last_line = time.monotonic()
        if self._live is not None:
            if event.status == "failed":
                self.console.print(f"✗ failed: {event.location} {event.name}")
            self._live.update(Text(self.line()), refresh=True)
        else:
            mark = MARKS.get(event.status, "?")
            reason = f" ({event.reason})" if event.reason else ""
            self.console.print(f"{mark} {event.location} {event.name}{reason} [{self.line()}]")

    def tick(self) -> None:
        """Redraw the line; in a log, say the run goes on when nothing finished for a while."""
        if self._live is not None:
            self._live.update(Text(self.line()), refresh=True)
        elif time.monotonic() - self.last_line >= QUIET_SECONDS:
            self.console.print(f"… {self.line()}")
            self.last_line = time.monotonic()
