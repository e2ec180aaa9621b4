"""``resetspec run --workers N``: N behave processes on one reference app and one mail sink.

The parent starts the app and the sink once (``shared_services``), gives each worker a queue
of every selected example starting at its own stretch of the files, balanced by the last
durations (``resetspec.run.schedule.queues``), and a folder of claims: a worker runs an example
only if it claims it first (``resetspec.run.claims``), so the run ends when the work does, not
when the slowest estimate does. Each worker writes its results file and its JUnit folder; the
parent joins the JUnit files (``resetspec.reports.junit_merge``) and checks that every selected
example was reported by a worker: an example that ran nowhere fails the run. (``resetspec run``
then merges the results files as for any run.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from resetspec.console import events
from resetspec.console.board import Board
from resetspec.livingdoc.merge import merge, not_selected
from resetspec.livingdoc.results import Results, load
from resetspec.mail.mailhub import MailHub
from resetspec.reports import junit_merge
from resetspec.reports.progress import EVENTS, STRETCH
from resetspec.run import schedule
from resetspec.run.app_server import AppDidNotStart, AppServer, app_environment
from resetspec.run.claims import USERDATA, claimed

DURATIONS = "durations.json"  # a browser run's times; an HTTP run's are far shorter, kept apart


def durations_file(driver: str = "browser") -> str:
    return DURATIONS if driver == "browser" else f"durations-{driver}.json"


POLL_SECONDS = 0.5  # how long the board waits on a worker before it looks at the events again
LOG_TAIL = 30  # lines of a worker's log shown when it ended badly with no failed example


@dataclass
class Services:
    """What the workers share: their userdata, and our app's server while it boots."""

    userdata: dict[str, str]
    app: AppServer | None = None

    def wait_ready(self) -> None:
        if self.app is not None:
            self.app.wait_ready()


@contextmanager
def shared_services(
    reports: Path, target: str | None = None, mail_port: int | None = None
) -> Iterator[Services]:
    """The sink (and our app unless there is a target), as userdata for the workers."""
    hub = MailHub(port=mail_port).start()
    print(f"resetspec: mail sink on 127.0.0.1:{hub.smtp_port}, shared at {hub.url}", flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="resetspec-shared-"))
    server = None
    try:
        if target:
            yield Services({"target": target, "mail_hub": hub.url})
            return
        env = app_environment(workdir / "resetspec.sqlite3", hub.smtp_port)
        # Launched, not awaited: it boots while the workers import and launch their browsers
        # (about a second saved); ``run`` waits for it beside them.
        server = AppServer(env, log_path=reports / "reference_app.log").launch()
        yield Services({"app": server.base_url, "mail_hub": hub.url}, server)
    finally:
        if server is not None:
            server.stop()
        hub.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def junit_folder(reports: Path, worker: str) -> Path:
    return reports / "junit" / worker


def command(
    behave_args: list[str],
    queue: schedule.Queue,
    worker: str,
    userdata: dict[str, str],
    reports: Path,
) -> list[str]:
    """behave with the run's arguments, this worker's JUnit folder, name and expected share,
    and its queue of examples."""
    # No skipped examples and no summary: a worker passes over the examples others claimed
    # as behave's "skipped"; the run's own summary, from the merged results, follows.
    args = [sys.executable, "-m", "behave", *behave_args, "--no-skipped", "--no-summary"]
    args += ["--junit-directory", str(junit_folder(reports, worker)), "-D", f"worker={worker}"]
    args += ["-D", f"{STRETCH}={queue.stretch}"]
    args += ["-D", f"{EVENTS}={events.path_for(reports, worker)}"]
    return args + defines(userdata) + [unit.location for unit in queue.units]


def defines(userdata: dict[str, str]) -> list[str]:
    """behave's ``-D key=value`` for each item."""
    return [arg for key, value in userdata.items() for arg in ("-D", f"{key}={value}")]


@dataclass
class Worker:
    name: str
    process: subprocess.Popen[bytes]
    log: Path


def start(
    queues: list[schedule.Queue],
    behave_args: list[str],
    userdata: dict[str, str],
    reports: Path,
) -> list[Worker]:
    workers = []
    for number, queue in enumerate(queues, start=1):
        name = f"worker-{number}"
        log = reports / f"{name}.log"
        argv = command(behave_args, queue, name, userdata, reports)
        with log.open("w") as out:
            process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
        workers.append(Worker(name, process, log))
    return workers


def finish(workers: list[Worker], board: Board, reader: events.Reader) -> int:
    """Wait for every worker while the board shows their events; the worst exit code. A
    worker's log is shown only when it ended badly without reporting a failed example."""
    failed_before = board.counts["failed"]
    running = list(workers)
    while running:
        with suppress(subprocess.TimeoutExpired):  # a deadline, then the events again
            running[0].process.wait(timeout=POLL_SECONDS)
        running = [w for w in running if w.process.poll() is None]
        for event in reader.new():
            board.add(event)
        board.tick()
    codes = [w.process.returncode for w in workers]
    if max(codes, default=0) and board.counts["failed"] == failed_before:
        for worker in workers:
            if worker.process.returncode:
                tail = worker.log.read_text(errors="replace").splitlines()[-LOG_TAIL:]
                print(f"---- {worker.name} ended with {worker.process.returncode} ({worker.log})")
                print("\n".join(tail), flush=True)
    return max(codes, default=0)


def joined(reports: Path, names: list[str]) -> Results:
    files = [reports / "results" / f"results-{name}.json" for name in names]
    return merge((str(f), load(f)) for f in files if f.exists())


def unreported(units: list[schedule.Unit], results: Results) -> list[str]:
    """Selected examples that no worker ran to an end (a crashed worker, a lost location)."""
    done = {k for k, e in results.examples.items() if not not_selected(e)}
    return [u.location for u in units if u.id not in done]


def join_junit(reports: Path, names: list[str]) -> None:
    folders = [junit_folder(reports, name) for name in names]
    junit_merge.merge_folders([f for f in folders if f.is_dir()], reports / "junit")
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def run(
    units: list[schedule.Unit],
    workers: int,
    behave_args: list[str],
    reports: Path,
    target: str | None = None,
    mail_port: int | None = None,
    driver: str = "browser",
) -> int:
    """The whole parallel run; 0 only when every selected example ran once and none failed."""
    began = time.monotonic()  # the board's elapsed time counts the boot too
    durations = schedule.load_durations(reports / durations_file(driver))
    queues = schedule.queues(units, workers, durations)
    estimates = schedule.estimate(units, durations)
    by_location = {u.location: estimates[u.id] for u in units}
    shutil.rmtree(reports / events.FOLDER, ignore_errors=True)
    (reports / events.FOLDER).mkdir(parents=True, exist_ok=True)
    with (
        shared_services(reports, target, mail_port) as services,
        tempfile.TemporaryDirectory(prefix="resetspec-claims-") as claims,
    ):
        userdata = {**services.userdata, USERDATA: claims}
        started = start(queues, behave_args, userdata, reports)
        try:
            services.wait_ready()
        except AppDidNotStart as failed:
            print(f"resetspec: {failed}", flush=True)
            for worker in started:
                worker.process.terminate()
        with Board(len(units), by_location, len(started), started=began) as board:
            code = finish(started, board, events.Reader(reports / events.FOLDER))
        by_worker = Counter(claimed(Path(claims)).values())
    names = [w.name for w in started]
    join_junit(reports, names)
    missing = unreported(units, joined(reports, names))
    if missing:
        print(f"resetspec: {len(missing)} examples were never reported: {' '.join(missing)}")
    ran = len(units) - len(missing)
    shares = ", ".join(f"{name} {by_worker[name]}" for name in names)
    print(f"resetspec: {ran} of {len(units)} examples ran on {len(names)} workers ({shares})")
    return 1 if code or missing else 0
