"""When each example and step ran, as Cucumber Messages tell time (seconds and nanoseconds).

The results file keeps an example's start and end and each step's start (since the formatter
has kept them); an example without them (skipped before it started, or an older results file)
is placed after the one before it, by its durations, so the stream's clock never goes back.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import cucumber_messages as cm

from resetspec.livingdoc.results import Example, Results

Span = tuple[cm.Timestamp, float]  # a start and a duration in seconds


def epoch(text: str | None) -> float | None:
    """An ISO 8601 instant as seconds since the epoch (None when absent or unreadable)."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return None


def split(seconds: float) -> tuple[int, int]:
    """Whole seconds and nanoseconds, the nanoseconds carried over when they round up to one."""
    whole = math.floor(seconds)
    nanos = round((seconds - whole) * 1e9)
    return (whole + 1, 0) if nanos >= 1_000_000_000 else (whole, nanos)


def timestamp(seconds: float) -> cm.Timestamp:
    whole, nanos = split(seconds)
    return cm.Timestamp(seconds=whole, nanos=nanos)


def duration(seconds: float) -> cm.Duration:
    whole, nanos = split(max(0.0, seconds))
    return cm.Duration(seconds=whole, nanos=nanos)


def later(start: cm.Timestamp, seconds: float) -> cm.Timestamp:
    return timestamp(start.seconds + start.nanos / 1e9 + max(0.0, seconds))


@dataclass
class ExampleTimes:
    start: cm.Timestamp
    before: Span
    steps: list[Span]
    after: Span
    end: cm.Timestamp


@dataclass
class Timeline:
    """The run's start and end, and each example's start, by its stable id."""

    first: float
    last: float
    starts: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, results: Results, examples: Iterable[Example]) -> Timeline:
        examples = list(examples)
        known = [t for e in examples if (t := epoch(e.get("started"))) is not None]
        first = min([t for t in [epoch(results.started), *known] if t is not None], default=0.0)
        timeline = cls(first, first)
        cursor = first
        for example in examples:
            start = epoch(example.get("started"))
            if start is None:
                start = cursor
            timeline.starts[example["id"]] = start
            cursor = max(cursor, start + (example.get("duration") or 0))
            timeline.last = max(timeline.last, cursor, epoch(example.get("finished")) or 0)
        timeline.last = max(timeline.last, epoch(results.finished) or 0)
        return timeline

    @property
    def start(self) -> cm.Timestamp:
        return timestamp(self.first)

    @property
    def end(self) -> cm.Timestamp:
        return timestamp(self.last)

    def started(self, example: Example) -> float:
        return self.starts.get(example["id"], self.first)

    def steps(self, example: Example) -> ExampleTimes:
        """The before hook, each step and the after hook, end to end within the example."""
        begin = self.started(example)
        spans: list[tuple[float, float]] = []
        cursor = begin
        for step in example["steps"]:
            start = epoch(step.get("started"))
            start = cursor if start is None else max(start, cursor)
            spans.append((start, step.get("duration") or 0))
            cursor = start + (step.get("duration") or 0)
        first_step = spans[0][0] if spans else begin
        end = max(cursor, epoch(example.get("finished")) or cursor)
        return ExampleTimes(
            start=timestamp(begin),
            before=(timestamp(begin), first_step - begin),
            steps=[(timestamp(s), d) for s, d in spans],
            after=(timestamp(cursor), end - cursor),
            end=timestamp(end),
        )


def nanoseconds(seconds: Any) -> int:
    """A duration as Cucumber JSON tells it: whole nanoseconds."""
    return int(round(float(seconds or 0) * 1e9))
