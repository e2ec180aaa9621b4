"""A behave formatter that writes the run's results file, from behave's own model.

Use it with ``behave -f resetspec.livingdoc.formatter:ResultsFormatter -o <file>``. Without
``-o``, the file is ``$RESETSPEC_RESULTS``, else ``<reports>/results/results-<worker>.json``
(``reports``: userdata or ``$RESETSPEC_REPORTS``, default ``reports``; ``worker``:
``$RESETSPEC_WORKER``, default ``local``) — give each parallel worker its own.

The file is written once, in ``close()``: behave calls it after every ``after_scenario`` and
``after_all`` hook, so statuses are final and the harness's evidence is already on disk.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from behave.formatter.base import Formatter, StreamOpener
from behave.model import Feature, Scenario, Step

from resetspec.livingdoc import record, results
from resetspec.livingdoc.timing import Clock

STDOUT_NAMES = {None, "", "-"}


class ResultsFormatter(Formatter):
    name = "resetspec-results"
    description = "One results JSON per run, keyed by stable ids (for resetspec doc and merge)."

    def __init__(self, stream_opener: StreamOpener, config: object) -> None:
        super().__init__(stream_opener, config)
        self.features: list[Feature] = []
        self.started = now()
        self.clock = Clock()
        userdata: Mapping[str, str] = getattr(config, "userdata", None) or {}
        self.reports = Path(setting("reports", userdata, "reports"))
        self.path = output_path(stream_opener.name, userdata, self.reports)

    def feature(self, feature: Feature) -> None:
        self.features.append(feature)

    def scenario(self, scenario: Scenario) -> None:
        self.clock.scenario_started(scenario)

    def result(self, step: Step) -> None:
        self.clock.step_ended(step)

    def eof(self) -> None:
        self.clock.scenario_ended()

    def close(self) -> None:
        self.clock.scenario_ended()
        examples = {}
        for feature in self.features:
            for example in record.examples_of(feature, self.reports, self.clock):
                examples[example["id"]] = example
        worker = setting("worker", getattr(self.config, "userdata", None) or {}, "local")
        run = results.Results([worker], self.started, now(), examples)
        results.save(run, self.path)
        # The stream behave gave us (stdout without -o) is never used, so nothing to close.


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def setting(key: str, userdata: Mapping[str, str], default: str) -> str:
    return str(userdata.get(key) or os.environ.get(f"RESETSPEC_{key.upper()}") or default)


def output_path(named: str | None, userdata: Mapping[str, str], reports: Path) -> Path:
    if named not in STDOUT_NAMES:
        return Path(str(named))
    chosen = userdata.get("results") or os.environ.get("RESETSPEC_RESULTS")
    if chosen:
        return Path(chosen)
    worker = setting("worker", userdata, "local")
    return reports / "results" / f"results-{worker}.json"
