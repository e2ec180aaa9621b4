"""Where a journey's time goes: each Playwright call's blocking time, by the line that made it.

    python -m resetspec.proof.journey_calls [--journeys K]

runs the bench's reset journey K times through the harness (behave, steps, domain layer,
driver) and K times as the bare Playwright script, on one app, and prints for each the
milliseconds a journey spends waiting on each call, by the harness's (or the script's) line
that made it. ``resetspec bench`` says how much the harness costs; this says where, which is
how the journey's regression of 3 Dec 2026 was found (docs/speed.md). It times Playwright's
sync calls by wrapping its private ``SyncBase._sync``: a diagnostic, refused in one line on a
Playwright without it.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from resetspec.proof import bench, bench_journey
from resetspec.run.arg_types import OneLineParser, bounded
from resetspec.run.workers import shared_services

ROOT = Path(__file__).resolve().parents[2]
OURS = (str(ROOT / "resetspec"), str(ROOT / "steps"))
Calls = dict[str, list[float]]  # "file:line function -> api" -> [count, seconds]


def caller(frame: Any, mine: Callable[[str], bool]) -> str:
    api = frame.f_code.co_name
    while frame is not None:
        if mine(frame.f_code.co_filename):
            code = frame.f_code
            return f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name} -> {api}"
        frame = frame.f_back
    return f"? -> {api}"


@contextmanager
def timed_calls(mine: Callable[[str], bool]) -> Iterator[Calls]:
    """Every outermost sync Playwright call made meanwhile, counted and timed by its caller."""
    try:
        from playwright._impl import _sync_base
    except ImportError:
        raise SystemExit("journey_calls: this Playwright has no _impl._sync_base to time") from None
    calls: Calls = collections.defaultdict(lambda: [0, 0.0])
    real, depth = _sync_base.SyncBase._sync, [0]

    def _sync(self: Any, awaitable: Any) -> Any:
        if depth[0]:
            return real(self, awaitable)
        key, started = caller(sys._getframe(1), mine), time.perf_counter()
        depth[0] += 1
        try:
            return real(self, awaitable)
        finally:
            depth[0] -= 1
            calls[key][0] += 1
            calls[key][1] += time.perf_counter() - started

    _sync_base.SyncBase._sync = _sync
    try:
        yield calls
    finally:
        _sync_base.SyncBase._sync = real


def table(title: str, calls: Calls, journeys: int, seconds: float) -> str:
    """The calls are of every journey, the warm-up's too (``journeys + 1``); the time a
    journey takes is of the timed ones."""
    made = journeys + 1
    lines = [f"{title}: {seconds / journeys * 1000:.0f} ms a journey, of which waiting on:"]
    for key, (count, spent) in sorted(calls.items(), key=lambda kv: -kv[1][1]):
        if spent / made >= 0.002:
            lines.append(f"  {spent / made * 1000:7.1f} ms {count / made:4.1f}x  {key}")
    return "\n".join(lines)


def harness(userdata: dict[str, str], count: int, folder: Path) -> tuple[Calls, float]:
    """The bench's journey feature, in this process (behave's own main), the first not timed."""
    from behave.__main__ import main as behave

    feature = bench.journey_feature(bench.JOURNEY_FOLDER, count)
    clock = folder / "clock.json"
    argv = bench.clock_arguments(feature, userdata, clock)
    os.environ["RESETSPEC_REPORTS"] = str(folder)
    with timed_calls(lambda path: path.startswith(OURS)) as calls:
        if behave(argv) != 0:
            raise SystemExit("journey_calls: the harness's journey failed")
    timed = json.loads(clock.read_text(encoding="utf-8"))
    return calls, sum(t["seconds"] for t in timed[1:])


def main(argv: list[str] | None = None) -> int:
    parser = OneLineParser(prog="journey_calls", description=__doc__.split("\n")[0])
    parser.add_argument("--journeys", type=bounded(1, 100), default=16, help="journeys each")
    options: argparse.Namespace = parser.parse_args(argv)
    folder = ROOT / "reports" / "bench" / "calls"
    folder.mkdir(parents=True, exist_ok=True)
    with shared_services(folder) as services:
        services.wait_ready()
        with timed_calls(lambda path: path == bench_journey.__file__) as bare:
            seconds = sum(bench_journey.journeys(services.userdata["app"], options.journeys))
        print(table("bare Playwright", bare, options.journeys, seconds))
        calls, spent = harness(services.userdata, options.journeys, folder)
    print(table("harness", calls, options.journeys, spent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
