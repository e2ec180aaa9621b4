"""``resetspec bench``: what the harness costs and what parallelism and the HTTP driver save.

    resetspec bench [--repeat N] [--journeys K] [--only journey,workers,http]

Measured in one run on this machine, medians over the repetitions, written to
``reports/bench.json`` and shown as a table with the core count and the load average:

1. the reset journey as a plain Playwright script (``resetspec.proof.bench_journey``) against the
   same journey through the harness (behave, steps, domain layer, browser driver), on one app:
   the seconds of a whole scenario, hooks included (``resetspec.proof.bench_clock``);
2. the full browser suite serial against ``--workers 2`` (wall time of ``resetspec run``), and
   beside it the machine's own limit: two whole serial runs at once, each with its own app and
   browser, nothing shared and nothing to split; half their wall time over the serial run's is
   the best ratio any two-worker split of this suite could reach on this machine;
3. the full suite through ``--driver http`` against the browser suite.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from resetspec.proof import bench_journey
from resetspec.run.cli_args import command_line
from resetspec.run.workers import DURATIONS, durations_file, shared_services

REPORTS = Path(os.environ.get("RESETSPEC_REPORTS") or "reports")
ROOT = Path(__file__).resolve().parents[2]
# Inside the project (behave looks for steps/ above a feature), ignored by git like reports/.
JOURNEY_FOLDER = ROOT / "reports" / "bench"
TARGETS = {"overhead": 1.15, "workers": 0.65, "http": 0.10}
JOURNEY = """Feature: Bench: the reset journey
  Scenario Outline: Lila resets her password (<n>)
    Given Lila Rosemonde has a professional account as in the guide
    When Lila resets her password
    Then the current step is "Récapitulatif"

    Examples:
      | n |
{rows}
"""


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def median(values: list[float]) -> float:
    return round(statistics.median(values), 4) if values else float("nan")


# -- 1. the journey ----------------------------------------------------------------------------
def journey_feature(folder: Path, count: int) -> Path:
    """K + 1 examples (the first warms up). Under reports/, so behave finds steps/ above it."""
    path = folder / "journey.feature"
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = "\n".join(f"      | {n} |" for n in range(count + 1))
    path.write_text(JOURNEY.format(rows=rows), encoding="utf-8")
    return path


def clock_arguments(feature: Path, userdata: dict[str, str], clock: Path) -> list[str]:
    """behave's arguments for the journey feature, each scenario timed into ``clock``."""
    defines = [arg for key, value in userdata.items() for arg in ("-D", f"{key}={value}")]
    timer = ["-f", "resetspec.proof.bench_clock:ScenarioClock", "-o", str(clock)]
    return ["--no-junit", *timer, *defines, str(feature)]


def harness_journeys(feature: Path, userdata: dict[str, str], folder: Path) -> list[float]:
    clock = folder / "clock.json"
    command = [sys.executable, "-m", "behave", *clock_arguments(feature, userdata, clock)]
    env = {**os.environ, "RESETSPEC_REPORTS": str(folder)}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"the harness's journey failed: {done.stdout[-800:]}")
    timed = json.loads(clock.read_text(encoding="utf-8"))
    return [t["seconds"] for t in timed[1:]]  # the first one warmed up


def journey_bench(count: int, repeat: int, folder: Path) -> dict[str, object]:
    bare: list[float] = []
    harness: list[float] = []
    with shared_services(folder) as services:
        services.wait_ready()
        userdata = services.userdata
        feature = journey_feature(JOURNEY_FOLDER, count)
        for _ in range(max(repeat, 4)):  # short alternating batches: the load drifts
            bare += bench_journey.journeys(userdata["app"], count)
            harness += harness_journeys(feature, userdata, folder)
    result = {"bare_s": median(bare), "harness_s": median(harness), "samples": len(bare)}
    result["ratio"] = round(result["harness_s"] / result["bare_s"], 3)
    return result


# -- 2 and 3. the suite ------------------------------------------------------------------------
def busy_cpu() -> float:
    """CPU seconds the whole machine has been busy (Linux's /proc/stat): Chromium's processes
    are reaped by Playwright's driver, not by us, so our children's rusage misses most of
    them. Elsewhere, our reaped children's seconds."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except (OSError, ValueError):
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def suite_wall(name: str, options: list[str], folder: Path, copies: int = 1) -> tuple[float, float]:
    """Wall and CPU seconds of ``copies`` runs of ``resetspec run`` started together; each
    one's reports stay in ``folder / name`` (``name-1``, ``name-2``… when there are several)."""
    places = (
        [folder / name] if copies == 1 else [folder / f"{name}-{n}" for n in range(1, copies + 1)]
    )
    durations = folder / "serial" / DURATIONS
    for place in places:
        place.mkdir(parents=True, exist_ok=True)
        if name != "serial" and durations.exists():  # the split uses the serial run's times
            for kept_as in (DURATIONS, durations_file("http")):
                shutil.copy(durations, place / kept_as)
    command = [sys.executable, "-m", "resetspec.run.cli", "run", "-f", "progress", *options]
    logs = [place / "bench-run.log" for place in places]  # a file each: no pipe to fill up
    started, cpu = time.perf_counter(), busy_cpu()
    runs = []
    for place, log in zip(places, logs, strict=True):
        with log.open("w", encoding="utf-8") as out:
            env = {**os.environ, "RESETSPEC_REPORTS": str(place)}
            runs.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out))
    codes = [run.wait() for run in runs]
    wall, cpu = time.perf_counter() - started, busy_cpu() - cpu
    for code, log in zip(codes, logs, strict=True):
        if code:
            tail = log.read_text(encoding="utf-8").strip().splitlines()[-3:]
            print(f"bench: {name} failed ({' | '.join(tail)}); its time still counts", flush=True)
    return wall, cpu


SUITES = {
    "serial": ["--workers", "1"],
    "workers-2": ["--workers", "2"],
    "twins": ["--workers", "1"],  # two of them at once: the machine's limit for two workers
    "http": ["--driver", "http", "--workers", "1"],
}
COPIES = {"twins": 2}


def suite_bench(names: list[str], repeat: int, folder: Path) -> dict[str, dict[str, object]]:
    walls: dict[str, list[float]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    loads: dict[str, list[list[float]]] = {name: [] for name in names}
    for _ in range(repeat):
        for name in names:  # interleaved: a busy minute hurts every configuration alike
            wall, cpu = suite_wall(name, SUITES[name], folder, COPIES.get(name, 1))
            walls[name].append(round(wall, 2))
            cpus[name].append(round(cpu, 2))
            loads[name].append(load())
            print(
                f"bench: {name} {wall:.1f}s wall, {cpu:.1f}s CPU, load {loads[name][-1]}",
                flush=True,
            )
    return {
        n: {
            "wall_s": median(walls[n]),
            "cpu_s": median(cpus[n]),
            "runs": walls[n],
            "load": loads[n],
        }
        for n in names
    }


# -- the report --------------------------------------------------------------------------------
def ratios(journey: dict | None, suites: dict) -> dict[str, float]:
    found = {}
    if journey:
        found["overhead"] = journey["ratio"]
    if "serial" in suites and "workers-2" in suites:
        found["workers"] = round(suites["workers-2"]["wall_s"] / suites["serial"]["wall_s"], 3)
    if "serial" in suites and "twins" in suites:
        # Two whole suites ran in the twins' wall time: half of it is one suite's share.
        found["ceiling"] = round(suites["twins"]["wall_s"] / 2 / suites["serial"]["wall_s"], 3)
    if "serial" in suites and "http" in suites:
        found["http"] = round(suites["http"]["wall_s"] / suites["serial"]["wall_s"], 3)
    return found


def table(report: dict) -> str:
    labels = {
        "overhead": "harness / bare Playwright, one reset journey",
        "workers": "--workers 2 / serial, full browser suite",
        "http": "--driver http / browser, full suite",
        "ceiling": "  this machine's limit: 2 serial runs at once / 2",
    }
    lines = [
        f"cores {report['cores']}, load average {report['load_before']} before,"
        f" {report['load_after']} after, {report['repeat']} repetitions (medians)",
        f"{'measure':<48} {'ratio':>7} {'target':>7}  met",
    ]
    for key, value in report["ratios"].items():
        if key not in TARGETS:  # a yardstick, not a target
            lines.append(f"{labels[key]:<48} {value:>7.3f} {'-':>7}  -")
            continue
        met = "yes" if value <= TARGETS[key] else "NO"
        lines.append(f"{labels[key]:<48} {value:>7.3f} {TARGETS[key]:>7.2f}  {met}")
    if report.get("journey"):
        j = report["journey"]
        lines.append(f"  journey: bare {j['bare_s']:.3f}s, harness {j['harness_s']:.3f}s")
    for name, suite in report.get("suites", {}).items():
        wall, cpu = suite["wall_s"], suite["cpu_s"]
        lines.append(f"  {name}: {wall:.1f}s wall, {cpu:.1f}s machine CPU (runs {suite['runs']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return command(command_line("bench", argv))


def command(options: argparse.Namespace) -> int:
    wanted = options.only
    folder = REPORTS / "bench"
    report: dict = {"cores": os.cpu_count(), "load_before": load(), "repeat": options.repeat}
    journey = (
        journey_bench(options.journeys, options.repeat, folder) if "journey" in wanted else None
    )
    names = ["serial"] * bool(wanted & {"workers", "http"})
    names += ["workers-2", "twins"] * ("workers" in wanted) + ["http"] * ("http" in wanted)
    suites = suite_bench(names, options.repeat, folder) if names else {}
    report.update(journey=journey, suites=suites, load_after=load())
    report["ratios"] = ratios(journey, suites)
    (REPORTS / "bench.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
