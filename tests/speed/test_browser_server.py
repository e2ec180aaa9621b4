"""``--browser-ws``: the features drive a browser that another process serves over a websocket.

The server here is Playwright's own ``launch-server`` (what ``playwright run-server`` starts per
connection), given the same Chromium the harness launches locally.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from speed_runs import run, selected

from resetspec.browser import LAUNCH_ARGS, executable_path
from resetspec.livingdoc.results import load

PLAYWRIGHT = Path(sys.executable).with_name("playwright")
READY_SECONDS = 30


@pytest.fixture
def browser_server(tmp_path):
    config = tmp_path / "server.json"
    options = {"executablePath": executable_path(), "args": LAUNCH_ARGS, "headless": True}
    config.write_text(json.dumps(options), encoding="utf-8")
    command = [str(PLAYWRIGHT), "launch-server", "--browser", "chromium", "--config", str(config)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        yield first_line(server)
    finally:
        server.terminate()
        server.wait(10)


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


def test_a_run_drives_the_remote_browser(tmp_path, browser_server):
    done = run(tmp_path, "--workers", "1", "--browser-ws", browser_server, "--tags", "@G01")
    assert done.returncode == 0, done.stdout[-2000:]
    merged = load(tmp_path / "results-merged.json").examples
    assert {k for k, e in merged.items() if e["status"] == "passed"} == selected("@G01")
