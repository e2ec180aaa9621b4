"""``--browser-ws``: the features drive a browser that another process serves over a websocket.

The server here is Playwright's own ``launch-server`` (what ``playwright run-server`` starts per
connection), given the same Chromium the harness launches locally.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from speed_runs import run, selected

from resetspec.livingdoc.results import load
from resetspec.run.browser import LAUNCH_ARGS, executable_path

PLAYWRIGHT = Path(sys.executable).with_name("playwright")
READY_SECONDS = 30


@pytest.fixture
def browser_server(tmp_path):
    config = tmp_path / "server.json"
    options = {"executablePath": executable_path(), "args": LAUNCH_ARGS, "headless": True}
    config.write_text(json.dumps(options), encoding="utf-8")
    command = [str(PLAYWRIGHT), "launch-server", "--browser", "chromium", "--config", str(config)]
    # A group of its own: the wrapper script starts node, and node starts Chromium; ending the
    # wrapper alone would leave both running after the test.
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        yield first_line(server)
    finally:
        stop_group(server)


def stop_group(server: subprocess.Popen[str]) -> None:
    """Every process of the server's group ended, the wrapper waited for."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.pid, signal.SIGTERM)
    server.wait(10)
    if not wait_group_gone(server.pid, READY_SECONDS):
        os.killpg(server.pid, signal.SIGKILL)


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, read from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended while we looked
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(stat.parent.name))
    return members


def wait_group_gone(pgid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while group_members(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)  # polling /proc with a deadline, not waiting a fixed time
    return True


def first_line(server: subprocess.Popen[str]) -> str:
    """The server prints its ws:// URL once it listens."""
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        line = server.stdout.readline().strip() if server.stdout else ""
        if line.startswith("ws://"):
            return line
        if server.poll() is not None:
            break
    pytest.fail("the Playwright browser server did not print its ws:// URL")


def test_the_server_leaves_no_process_behind(tmp_path):
    # the fixture's own clean-up, run by hand: node and Chromium end with the wrapper
    server_fixture = browser_server.__wrapped__(tmp_path)
    assert next(server_fixture).startswith("ws://")
    server = server_fixture.gi_frame.f_locals["server"]
    assert len(group_members(server.pid)) > 1  # the wrapper, node and Chromium
    with pytest.raises(StopIteration):
        next(server_fixture)
    assert group_members(server.pid) == []


def test_a_run_drives_the_remote_browser(tmp_path, browser_server):
    done = run(tmp_path, "--workers", "1", "--browser-ws", browser_server, "--tags", "@G01")
    assert done.returncode == 0, done.stdout[-2000:]
    merged = load(tmp_path / "results-merged.json").examples
    assert {k for k, e in merged.items() if e["status"] == "passed"} == selected("@G01")
