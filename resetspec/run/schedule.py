"""Which scenario runs where: the selection, the workers' shares and the CI shards.

The unit is one example (a scenario, or one Examples row of an outline), named by its
location ``features/x.feature:LINE``, which behave takes on its command line, and by the
results file's stable id. Workers start at stretches of the files balanced with the last run's
durations and then take whatever no other worker has claimed (``queues``); CI shards only
depend on the feature files, so every machine computes the same split without sharing anything.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from behave.model import Feature, Rule, Scenario
from behave.parser import parse_file
from behave.tag_expression import make_tag_expression

from resetspec.livingdoc import ids

DEFAULT_TAGS = "not @wip"  # pyproject.toml's default_tags, which behave applies too
UNKNOWN_SECONDS = 1.0  # a scenario never timed, when no run has been timed at all


@dataclass(frozen=True)
class Unit:
    """One example to run."""

    location: str  # features/x.feature:LINE, as behave selects it
    id: str  # features/x.feature:G07:LLINE, as the results file keys it
    tags: frozenset[str]

    @property
    def file(self) -> str:
        return self.location.rsplit(":", 1)[0]

    @property
    def line(self) -> int:
        return int(self.location.rsplit(":", 1)[1])


def feature_files(paths: Iterable[str]) -> list[Path]:
    found: list[Path] = []
    for raw in list(paths) or ["features"]:
        path = Path(raw)
        found += sorted(path.glob("*.feature")) if path.is_dir() else [path]
    return found


def rule_of(scenario: Scenario) -> str:
    parent = scenario.parent
    while parent is not None and not isinstance(parent, Rule | Feature):
        parent = parent.parent
    return ids.rule_id(parent.tags) if isinstance(parent, Rule) else ids.NO_RULE


def units_of(path: Path) -> list[Unit]:
    feature = parse_file(str(path))
    if feature is None:
        return []
    name = ids.feature_path(path)
    return [
        Unit(
            f"{name}:{s.line}",
            ids.example_id(name, rule_of(s), s.line),
            frozenset(s.effective_tags),
        )
        for s in feature.walk_scenarios(with_outlines=False)
    ]


def select(paths: Iterable[str], tags: Iterable[str] = ()) -> list[Unit]:
    """The examples behave would run for these paths and ``--tags`` (each one ANDed)."""
    expressions = [make_tag_expression(t) for t in [DEFAULT_TAGS, *tags]]
    units = [u for path in feature_files(paths) for u in units_of(path)]
    return [u for u in units if all(e.check(u.tags) for e in expressions)]


# -- workers: balanced by duration --------------------------------------------------------------
def load_durations(path: Path) -> dict[str, float]:
    """Seconds per stable id from the last run; empty when there was none or it is unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): float(v) for k, v in data.items() if isinstance(v, int | float)}


def passed_durations(examples: Iterable[Mapping[str, object]]) -> dict[str, float]:
    """The times worth keeping: a failed example's time says how soon it broke (a browser that
    would not start fails every example in no time), not what it costs, so it keeps its last."""
    return {str(e["id"]): float(e["duration"]) for e in examples if e["status"] == "passed"}


def save_durations(path: Path, durations: Mapping[str, float], keep: Mapping[str, float]) -> None:
    """This run's durations over the older ones (a partial run keeps the others' times)."""
    merged = {**keep, **{k: round(v, 3) for k, v in durations.items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(dict(sorted(merged.items())), indent=1) + "\n", encoding="utf-8")


def estimate(units: list[Unit], durations: Mapping[str, float]) -> dict[str, float]:
    """Known times as they are; an unknown one as the median of the known (a new scenario)."""
    known = [durations[u.id] for u in units if u.id in durations]
    fallback = statistics.median(known) if known else UNKNOWN_SECONDS
    return {u.id: durations.get(u.id, fallback) for u in units}


@dataclass(frozen=True)
class Queue:
    """One worker's queue: every selected example, from its own stretch of the files on."""

    units: list[Unit]
    stretch: int  # how many of the first units are its own stretch: its expected share


def queues(units: list[Unit], workers: int, durations: Mapping[str, float]) -> list[Queue]:
    """The files in order, cut into ``workers`` stretches of about equal estimated time; each
    worker starts at its stretch and goes on round the files. Claims (``resetspec.run.claims``)
    decide who runs what, so a worker done early takes over where another has not got yet,
    and the balance holds to about one example whatever the estimates were worth. A file is
    never cut: behave runs a file's examples once, in file order, and writes one JUnit file
    for it."""
    files = _by_file(sorted(units, key=order))
    if not files:
        return []
    cost = estimate(units, durations)
    starts = _starts([sum(cost[u.id] for u in f) for f in files], workers)
    ends = starts[1:] + [len(files)]
    return [
        Queue(
            [u for f in files[start:] + files[:start] for u in f],
            sum(len(f) for f in files[start:end]),
        )
        for start, end in zip(starts, ends, strict=True)
    ]


def _by_file(units: list[Unit]) -> list[list[Unit]]:
    files: dict[str, list[Unit]] = {}
    for unit in units:
        files.setdefault(unit.file, []).append(unit)
    return list(files.values())


def _starts(costs: list[float], workers: int) -> list[int]:
    """Where each worker starts: the file boundary nearest to its even fraction of the time
    (never before the previous worker's start; several may share one when files are few)."""
    total = sum(costs)
    bounds = [sum(costs[:i]) for i in range(len(costs))]
    starts = [0]
    for worker in range(1, workers):
        target = total * worker / workers
        nearest = min(range(len(bounds)), key=lambda i: (abs(bounds[i] - target), i))
        starts.append(max(nearest, starts[-1]))
    return starts


def order(unit: Unit) -> tuple[str, int]:
    """File order then line: behave runs a feature's examples in the order they are written."""
    return unit.file, unit.line


# -- CI shards: deterministic from the files alone -----------------------------------------------
def parse_shard(raw: str) -> tuple[int, int]:
    """``"2/4"`` -> (2, 4); ValueError with a one-line reason otherwise."""
    index, sep, total = raw.partition("/")
    if not (sep and index.isdigit() and total.isdigit()) or not 1 <= int(index) <= int(total):
        raise ValueError(f"{raw!r} is not a shard I/N with 1 <= I <= N, such as 1/4")
    return int(index), int(total)


def shard(units: list[Unit], index: int, total: int) -> list[Unit]:
    """Every ``total``-th example in file order, starting at ``index``: neighbours (often alike
    in cost) spread over the machines, and every example in exactly one shard."""
    ordered = sorted(units, key=order)
    return ordered[index - 1 :: total]
