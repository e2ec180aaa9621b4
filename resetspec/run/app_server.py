"""The reference app as a real server process, on a free port, with its own SQLite file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests
from tenacity import Retrying, retry_if_result, stop_after_delay, wait_fixed

from resetspec.mail.mailsink import MAIL_POLL_SECONDS
from resetspec.run.ports import LOOPBACK, free_port

READY_SECONDS = 30.0
POLL_SECONDS = 0.1
MAIL_RETRY_SECONDS = 0.05  # its first retry after a refused delivery, doubling after
STOP_SECONDS = 5.0
READY_PATH = "/__spec__"


class AppDidNotStart(RuntimeError):
    """The app exited or never answered before the deadline."""


# The harness's own app hashes at a test cost, as the app's own tests do (tests/app): OWASP's
# argon2id cost belongs to production and is checked there (tests/app/test_unknown_email.py);
# here its two hashes per new account were most of an HTTP-driven scenario's time. A
# RESETSPEC_ARGON2_* variable in the environment still wins.
TEST_HASH_COST = {"RESETSPEC_ARGON2_TIME_COST": "1", "RESETSPEC_ARGON2_MEMORY_KIB": "8"}


def app_environment(
    database: Path, smtp_port: int, smtp_host: str = LOOPBACK, test_hash_cost: bool = True
) -> dict[str, str]:
    """The variables of the test-control contract: test mode with hooks on, our DB and sink."""
    return {
        **(TEST_HASH_COST if test_hash_cost else {}),
        **os.environ,
        "RESETSPEC_ENV": "test",
        "RESETSPEC_TEST_HOOKS": "1",
        "RESETSPEC_DATABASE_URL": f"sqlite:///{database}",
        "RESETSPEC_SMTP_HOST": smtp_host,
        "RESETSPEC_SMTP_PORT": str(smtp_port),
        "PYTHONUNBUFFERED": "1",
        # The outbox is polled ten times a second rather than every five seconds (1.3 % of a
        # core when idle), and a refused mail is retried after 0.05 s, doubling: H09's outage
        # then lasts under half a second.
        "RESETSPEC_MAIL_POLL_SECONDS": str(MAIL_POLL_SECONDS),
        "RESETSPEC_MAIL_RETRY_BASE_SECONDS": str(MAIL_RETRY_SECONDS),
    }


class AppServer:
    """``python -m reference_app`` started, polled until ready, and stopped."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://{LOOPBACK}:{self.port}"
        self.log_path = log_path
        self._env = env
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, ready_path: str = READY_PATH) -> AppServer:
        self.launch()
        self.wait_ready(ready_path)
        return self

    def launch(self) -> AppServer:
        """Start the process without waiting for it to answer (``wait_ready`` then does)."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        command = [sys.executable, "-m", "reference_app", "--host", LOOPBACK]
        self._process = subprocess.Popen(
            [*command, "--port", str(self.port)],
            env=self._env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()  # the child holds its own descriptor
        return self

    def wait_ready(self, path: str = READY_PATH, seconds: float = READY_SECONDS) -> None:
        """Poll until the app answers; give up at the deadline, or at once if it exits."""
        process = self._process
        assert process is not None, "start() first"
        exited = threading.Event()
        threading.Thread(target=lambda: (process.wait(), exited.set()), daemon=True).start()
        url = self.base_url + path

        def up() -> bool:
            if answers(url):
                return True
            if exited.is_set():
                raise AppDidNotStart(f"the reference app exited: {self._log_tail()}")
            return False

        # the pause is the exit event's: a process that dies wakes the poll at once
        if not until(up, seconds, sleep=exited.wait):
            raise AppDidNotStart(
                f"no answer on {self.base_url} after {seconds:.0f}s: {self._log_tail()}"
            )

    def stop(self) -> None:
        if self._process is None or self._process.poll() is not None:
            return
        self._process.terminate()
        try:
            self._process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def _log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return " | ".join(text.strip().splitlines()[-lines:]) or "(empty log)"


def wait_for_answer(url: str, seconds: float = READY_SECONDS) -> None:
    """Poll a server another process started until it answers; AppDidNotStart at the deadline."""
    if not until(lambda: answers(url), seconds):
        raise AppDidNotStart(f"no answer on {url} after {seconds:.0f}s")


def until(
    check: Callable[[], bool],
    seconds: float,
    every: float = POLL_SECONDS,
    sleep: Callable[[float], object] = time.sleep,
) -> bool:
    """Ask ``check`` every ``every`` seconds until it says True (True) or ``seconds`` have
    passed (False); what it raises is raised at once."""
    polling = Retrying(
        retry=retry_if_result(lambda done: not done),
        stop=stop_after_delay(seconds),
        wait=wait_fixed(every),
        sleep=sleep,
        retry_error_callback=lambda state: False,
    )
    return polling(check)


def answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=1).status_code == 200
    except requests.RequestException:
        return False


@dataclass(frozen=True)
class RunningApp:
    """Our app as started by another process: ``resetspec run --workers`` starts one for all."""

    base_url: str
    log_path: Path


class OwnReferenceApp:
    """What the features may ask of the app the harness started: its log, and other starts."""

    def __init__(self, server: AppServer | RunningApp, workdir: Path) -> None:
        self.server = server
        self.workdir = workdir

    def log_text(self) -> str:
        return self.server.log_path.read_text(errors="replace")

    def hooks_reachable_with_defaults(self, **settings: str) -> bool:
        """Start a second app with nothing but what production demands (and these settings,
        ``TEST_HOOKS="0"`` for ``RESETSPEC_TEST_HOOKS=0``), and knock on the hooks."""
        with self._other_app(settings) as base_url:
            return requests.get(base_url + READY_PATH, timeout=5).status_code == 200

    def obeys_test_headers_with_defaults(self) -> tuple[bool, bool]:
        """With its defaults, does the app take the test clock, and a client of the header's?"""
        with self._other_app({}) as base_url:
            return _obeys_clock(base_url), _obeys_client_header(base_url)

    @contextmanager
    def _other_app(self, settings: dict[str, str]) -> Iterator[str]:
        name = "defaults-" + "-".join(f"{k}{v}" for k, v in sorted(settings.items()))
        env = defaults_environment(self.workdir / f"{name}.sqlite3")
        env.update({f"RESETSPEC_{key}": value for key, value in settings.items()})
        other = AppServer(env, log_path=self.workdir / f"{name}.log")
        other.start(ready_path=HOME_PATH)
        try:
            yield other.base_url
        finally:
            other.stop()

    def start_in_production_with_hooks(self) -> tuple[int, str]:
        """Try to start in production with the hooks on; return its exit code and output."""
        env = {
            **defaults_environment(self.workdir / "production.sqlite3"),
            "RESETSPEC_ENV": "production",
            "RESETSPEC_TEST_HOOKS": "1",
        }
        command = [sys.executable, "-m", "reference_app", "--host", LOOPBACK, "--port"]
        try:
            done = subprocess.run(
                [*command, str(free_port())],
                env=env,
                capture_output=True,
                text=True,
                timeout=READY_SECONDS,
            )
        except subprocess.TimeoutExpired:
            return 0, "the app kept running"
        return done.returncode, (done.stderr + done.stdout)


HOME_PATH = "/connexion"
HELP_PATH, STEP1_PATH = "/aide", "/mot-de-passe-oublie/adresse"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
STEP1_BUDGET = 20  # the defaults' step-1 submissions a minute and client


def _obeys_clock(base_url: str) -> bool:
    """The hotline's status for a Saturday and a Monday noon given as X-Spec-Now: the same
    unless the app takes the header's time (the real time is one of the two, or neither)."""
    moments = ("2026-12-05T12:00:00", "2026-12-07T12:00:00")
    pages = [
        requests.get(base_url + HELP_PATH, headers={"X-Spec-Now": m}, timeout=5).text
        for m in moments
    ]
    return pages[0] != pages[1]


def _obeys_client_header(base_url: str) -> bool:
    """One more submission of step 1 than the budget, each saying it is another client: all
    answered unless the limit is kept per real client."""
    session = requests.Session()
    token = TOKEN.search(session.get(base_url + STEP1_PATH, timeout=5).text)
    data = {"email": "personne@exemple-sans-compte.fr", "captcha": "ZZZZZZ"}
    data["csrf_token"] = token.group(1) if token else ""
    statuses = [
        session.post(
            base_url + STEP1_PATH, data=data, headers={"X-Spec-Client": f"c{n}"}, timeout=5
        ).status_code
        for n in range(STEP1_BUDGET + 1)
    ]
    return 429 not in statuses


SECRET_KEY_FOR_DEFAULTS = "resetspec-defaults-check-not-a-secret"


def defaults_environment(database: Path) -> dict[str, str]:
    """No RESETSPEC_* setting but the two production cannot do without: a key and a database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESETSPEC_")}
    env["RESETSPEC_SECRET_KEY"] = SECRET_KEY_FOR_DEFAULTS
    env["RESETSPEC_DATABASE_URL"] = f"sqlite:///{database}"
    return env
