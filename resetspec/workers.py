"""``resetspec run --workers N``: N behave processes on one reference app and one mail sink.

The parent starts the app and the sink once (``SharedServices``), splits the selected examples
by their last durations (``resetspec.schedule``), runs one behave per share with the examples'
locations, and joins what they wrote into one set of reports: the results file (merged by
stable id), a JUnit file made from it, and ``durations.json`` for the next split. An example
selected but reported by no worker fails the run: every example runs exactly once.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from resetspec import schedule
from resetspec.app_server import AppServer, app_environment
from resetspec.livingdoc import junit
from resetspec.livingdoc.merge import merge
from resetspec.livingdoc.results import Results, load, save
from resetspec.mailhub import MailHub

RESULTS_FORMATTER = "resetspec.livingdoc.formatter:ResultsFormatter"
LOG_FORMAT = "progress"  # a worker's log, printed after the run; one dot per step keeps it short
MERGED = "results.json"
JUNIT = "TESTS-resetspec.xml"
DURATIONS = "durations.json"


@contextmanager
def shared_services(
    reports: Path, target: str | None = None, mail_port: int | None = None
) -> Iterator[dict[str, str]]:
    """The sink (and our app unless there is a target), as userdata for the workers."""
    hub = MailHub(port=mail_port).start()
    print(f"resetspec: mail sink on 127.0.0.1:{hub.smtp_port}, shared at {hub.url}")
    workdir = Path(tempfile.mkdtemp(prefix="resetspec-shared-"))
    server = None
    try:
        if target:
            yield {"target": target, "mail_hub": hub.url}
            return
        env = app_environment(workdir / "resetspec.sqlite3", hub.smtp_port)
        server = AppServer(env, log_path=reports / "reference_app.log").start()
        yield {"app": server.base_url, "mail_hub": hub.url}
    finally:
        if server is not None:
            server.stop()
        hub.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def results_path(reports: Path, worker: str) -> Path:
    return reports / "results" / f"results-{worker}.json"


def formats(user_formats: list[str], results: Path) -> list[str]:
    """Ours first: behave pairs ``-o`` files with ``-f`` formats in order."""
    args = ["-f", RESULTS_FORMATTER, "-o", str(results)]
    for name in user_formats or [LOG_FORMAT]:
        args += ["-f", name]
    return args


def command(
    behave_args: list[str],
    share: list[schedule.Unit],
    worker: str,
    userdata: dict[str, str],
    reports: Path,
    user_formats: list[str],
) -> list[str]:
    args = [sys.executable, "-m", "behave", *behave_args, "--no-junit", "-D", f"worker={worker}"]
    for key, value in userdata.items():
        args += ["-D", f"{key}={value}"]
    args += formats(user_formats, results_path(reports, worker))
    return args + [unit.location for unit in share]


@dataclass
class Worker:
    name: str
    share: list[schedule.Unit]
    process: subprocess.Popen[bytes]
    log: Path


def start(
    shares: list[list[schedule.Unit]],
    behave_args: list[str],
    userdata: dict[str, str],
    reports: Path,
    user_formats: list[str],
) -> list[Worker]:
    workers = []
    for number, share in enumerate(shares, start=1):
        name = f"worker-{number}"
        log = reports / f"{name}.log"
        argv = command(behave_args, share, name, userdata, reports, user_formats)
        with log.open("w") as out:
            process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
        workers.append(Worker(name, share, process, log))
    return workers


def finish(workers: list[Worker]) -> int:
    """Wait for every worker, print each one's log; the worst exit code."""
    codes = []
    for worker in workers:
        codes.append(worker.process.wait())
        print(f"---- {worker.name}: {len(worker.share)} examples ({worker.log}) ----")
        print(worker.log.read_text(errors="replace"), end="")
    return max(codes, default=0)


def joined(reports: Path, names: list[str]) -> Results:
    files = [results_path(reports, name) for name in names]
    return merge((str(f), load(f)) for f in files if f.exists())


def unreported(units: list[schedule.Unit], results: Results) -> list[str]:
    """Selected examples that no worker ran to an end (a crashed worker, a lost location)."""
    done = {k for k, e in results.examples.items() if e["status"] != "untested"}
    return [u.location for u in units if u.id not in done]


def write_reports(reports: Path, results: Results) -> None:
    save(results, reports / "results" / MERGED)
    junit.write(results, reports / "junit" / JUNIT)
    ran = {k: e["duration"] for k, e in results.examples.items() if e["status"] != "untested"}
    durations = reports / DURATIONS
    schedule.save_durations(durations, ran, keep=schedule.load_durations(durations))


def run(
    units: list[schedule.Unit],
    workers: int,
    behave_args: list[str],
    reports: Path,
    user_formats: list[str],
    target: str | None = None,
    mail_port: int | None = None,
) -> int:
    """The whole parallel run; 0 only when every selected example ran once and none failed."""
    shares = schedule.share(units, workers, schedule.load_durations(reports / DURATIONS))
    with shared_services(reports, target, mail_port) as userdata:
        started = start(shares, behave_args, userdata, reports, user_formats)
        code = finish(started)
    results = joined(reports, [w.name for w in started])
    write_reports(reports, results)
    missing = unreported(units, results)
    if missing:
        print(f"resetspec: {len(missing)} examples were never reported: {' '.join(missing)}")
    failed = sum(e["status"] == "failed" for e in results.examples.values())
    print(
        f"resetspec: {len(units) - len(missing)} of {len(units)} examples reported by"
        f" {len(started)} workers, {failed} failed; merged in {reports / 'results' / MERGED}"
    )
    return 1 if code or missing or failed else 0
