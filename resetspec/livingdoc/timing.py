"""When each example and step of a behave run started and ended, as the formatter sees them.

behave keeps durations but no clock times; Cucumber's formats want both. The formatter marks a
scenario's start when behave announces it (before its hooks), each step's end when behave
reports its result, and a scenario's end when the next one starts or the file ends (so the
harness's ``after_scenario`` work, the evidence, falls inside it).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime


def iso(epoch: float | None) -> str | None:
    """An instant as ISO 8601 in UTC, to the microsecond (None stays None)."""
    if epoch is None:
        return None
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="microseconds")


@dataclass
class Clock:
    """Start and end times of behave's model objects, by object identity."""

    starts: dict[int, float] = field(default_factory=dict)
    ends: dict[int, float] = field(default_factory=dict)
    current: int | None = None

    def scenario_started(self, scenario: object) -> None:
        self.scenario_ended()
        self.current = id(scenario)
        self.starts[self.current] = time.time()

    def step_ended(self, step: object) -> None:
        self.ends[id(step)] = time.time()

    def scenario_ended(self) -> None:
        if self.current is not None and self.current not in self.ends:
            self.ends[self.current] = time.time()
        self.current = None

    def started(self, thing: object) -> str | None:
        return iso(self.starts.get(id(thing)))

    def ended(self, thing: object) -> str | None:
        return iso(self.ends.get(id(thing)))
