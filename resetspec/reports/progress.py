"""A live progress line for long runs: examples done of total, failures so far, elapsed.

A behave formatter (``-f resetspec.reports.progress:ProgressFormatter``). The total is what
behave will run: the examples named by location (``features/x.feature:LINE``, as a worker of
``resetspec run --workers`` gets its share), else every example of the given features whose
tags match the run's tag expression. On a terminal the line is redrawn in place; in a CI
log a line is printed every tenth example. A worker of ``resetspec run`` (given ``-D
events=FILE``) draws nothing: it writes each finished example to that file, and the parent's
one board (``resetspec.console.board``) shows the whole run.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import TextIO

from behave.formatter.base import Formatter, StreamOpener
from behave.model import Feature, Scenario

from resetspec.console import events

LOCATED = re.compile(r":\d+$")
STRETCH = "stretch"  # behave's -D key for a worker's expected share (resetspec.run.workers)
EVENTS = "events"  # behave's -D key for the file of finished examples the parent reads
EVERY = 10  # examples between lines when the output is a log, not a terminal


class ProgressFormatter(Formatter):
    name = "resetspec-progress"
    description = "Examples done of total, failures so far, elapsed time."

    def __init__(self, stream_opener: StreamOpener, config: object) -> None:
        super().__init__(stream_opener, config)
        self.out: TextIO = sys.__stderr__ or sys.stderr
        self.started = time.monotonic()
        self.done = 0
        self.failed = 0
        self.current: Scenario | None = None
        # One location names one example: examples chosen by line. A worker's queue holds
        # every example of the run; what it expects to run is its stretch.
        self.located = sum(1 for path in getattr(config, "paths", []) if LOCATED.search(path))
        userdata = getattr(config, "userdata", None) or {}
        stretch = str(userdata.get(STRETCH, ""))  # checked by the run's settings
        self.total = int(stretch) if stretch.isdigit() else self.located
        self.events = Path(str(userdata[EVENTS])) if userdata.get(EVENTS) else None
        self.worker = str(userdata.get("worker", ""))

    def feature(self, feature: Feature) -> None:
        self._finish_current()
        if not self.located:
            self.total += sum(1 for s in feature.walk_scenarios() if self._selected(s))

    def scenario(self, scenario: Scenario) -> None:
        self._finish_current()
        self.current = scenario

    def eof(self) -> None:
        self._finish_current()

    def close(self) -> None:
        self._finish_current()
        if self.done and self.events is None:
            self.out.write(self.line() + "\n")
            self.out.flush()

    def line(self) -> str:
        minutes, seconds = divmod(time.monotonic() - self.started, 60)
        return (
            f"progress: {self.done}/{max(self.total, self.done)} examples, {self.failed} failed,"
            f" {minutes:.0f}m{seconds:02.0f}s"
        )

    def _selected(self, scenario: Scenario) -> bool:
        expression = getattr(self.config, "tag_expression", None)
        return expression is None or scenario.should_run_with_tags(expression)

    def _finish_current(self) -> None:
        if self.current is None:
            return
        scenario, self.current = self.current, None
        reason = str(getattr(scenario, "skip_reason", "") or "")
        if scenario.status.name == "untested" or (scenario.status.name == "skipped" and not reason):
            return  # not this run's (another worker's claim, or not selected)
        if self.events is not None:
            status = "failed" if scenario.status.has_failed() else scenario.status.name
            event = events.Event(
                str(scenario.location),
                scenario.name,
                status,
                reason,
                self.worker,
                round(float(scenario.duration or 0.0), 3),
            )
            events.write(self.events, event)
            return
        if reason:
            return
        self.done += 1
        self.failed += scenario.status.has_failed()
        self._show()

    def _show(self) -> None:
        if self.out.isatty():
            self.out.write("\r" + self.line())
        elif self.done % EVERY == 0:
            self.out.write(self.line() + "\n")
        self.out.flush()
