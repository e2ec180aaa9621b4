"""cosmic-ray's HTTP workers, one per job, each in a copy of the checkout of its own.

A worker mutates files of its working directory, so two at once need two trees: each copy
holds what a feature run needs (the app, the harness, the features), and its Python path
points there, so the app and the harness it starts import the copy, not the checkout.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from tenacity import retry, retry_if_result, stop_after_delay, wait_fixed

from resetspec.run.ports import LOOPBACK, free_port

# What a feature run reads from the checkout; the rest (reports, venv, git) stays behind.
TREE = (
    "environment.py",
    "pyproject.toml",
    "features",
    "steps",
    "resetspec",
    "reference_app",
    "fixtures",
    "mutation",
)
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "instance")
READY_SECONDS = 30


class WorkerDidNotStart(RuntimeError):
    """A cosmic-ray worker exited or never listened before its deadline."""


def copy_tree(root: Path, into: Path) -> Path:
    """A fresh copy of what a feature run needs, at ``into``."""
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    for name in TREE:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=IGNORED)
        elif source.is_file():
            shutil.copy2(source, into / name)
    return into


def _listening(port: int, process: subprocess.Popen[bytes]) -> bool:
    if process.poll() is not None:
        raise WorkerDidNotStart(f"cosmic-ray http-worker exited with status {process.returncode}")
    with socket.socket() as probe:
        return probe.connect_ex((LOOPBACK, port)) == 0


@retry(
    retry=retry_if_result(lambda up: not up),
    stop=stop_after_delay(READY_SECONDS),
    wait=wait_fixed(0.1),
    retry_error_callback=lambda state: False,
)
def _wait_listening(port: int, process: subprocess.Popen[bytes]) -> bool:
    return _listening(port, process)


@contextmanager
def http_worker(tree: Path, log: Path) -> Iterator[str]:
    """A worker listening on a free loopback port, in ``tree``; its URL. Stopped with its
    whole process group (the feature runs and browsers it started) on leaving."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(tree), "RESETSPEC_REPORTS": str(tree / "reports")}
    command = [sys.executable, "-m", "cosmic_ray.cli", "http-worker", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=tree, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        if not _wait_listening(port, process):
            raise WorkerDidNotStart(f"cosmic-ray http-worker not listening on {port}; see {log}")
        yield f"http://{LOOPBACK}:{port}"
    finally:
        _stop_group(process)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(10)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextmanager
def pool(root: Path, folder: Path, jobs: int) -> Iterator[list[str]]:
    """``jobs`` workers in fresh copies of the checkout under ``folder``; their URLs."""
    with ExitStack() as stack:
        urls = []
        for number in range(1, jobs + 1):
            tree = copy_tree(root, folder / f"worker-{number}")
            urls.append(stack.enter_context(http_worker(tree, folder / f"worker-{number}.log")))
        yield urls
