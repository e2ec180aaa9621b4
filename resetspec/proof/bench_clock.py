"""A behave formatter that times each scenario whole: hooks included, from behave's own calls.

behave's ``scenario.duration`` adds up the steps only; a scenario's real cost also holds its
``before_scenario`` and ``after_scenario`` (a browser context, a trace, a screenshot). behave
tells formatters of a scenario before its hooks run and of a feature's end after the last
one's, so the time between those calls is the whole scenario. ``resetspec bench`` reads it.

    behave -f resetspec.proof.bench_clock:ScenarioClock -o clock.json …
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from behave.formatter.base import Formatter, StreamOpener
from behave.model import Scenario


class ScenarioClock(Formatter):
    name = "resetspec-clock"
    description = "Wall time of each scenario, hooks included (JSON)."

    def __init__(self, stream_opener: StreamOpener, config: object) -> None:
        super().__init__(stream_opener, config)
        self.path = Path(str(stream_opener.name or "clock.json"))
        self.timed: list[dict[str, object]] = []
        self.current: Scenario | None = None
        self.started = 0.0

    def scenario(self, scenario: Scenario) -> None:
        self._end()
        self.current, self.started = scenario, time.perf_counter()

    def eof(self) -> None:
        self._end()

    def _end(self) -> None:
        if self.current is None:
            return
        scenario, self.current = self.current, None
        self.timed.append(
            {
                "location": f"{scenario.filename}:{scenario.line}",
                "status": scenario.status.name,
                "seconds": round(time.perf_counter() - self.started, 4),
                "steps_seconds": round(scenario.duration, 4),
            }
        )

    def close(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self.timed, indent=1) + "\n", encoding="utf-8")
