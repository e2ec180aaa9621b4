"""`python -m reference_app`: one-line errors with status 2, and a real waitress server."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import requests

from reference_app.__main__ import main
from resetspec.run.ports import free_port


# test that bad flags end with one line on stderr and status 2
@pytest.mark.parametrize(
    "argv", [["--port", "abc"], ["--port", "0"], ["--port", "70000"], ["--bogus"]]
)
def test_bad_flags(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


# test that --help lists every RESETSPEC_* setting with its default
def test_help_lists_settings(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for name in ("ENV", "DATABASE_URL", "SMTP_HOST", "SMTP_PORT", "PASSWORD_VALIDITY_DAYS"):
        assert f"RESETSPEC_{name}" in out
    assert "RESETSPEC_TEST_HOOKS               default 0 " in out


# test that a bad setting ends start-up with one line naming the variable and status 2
def test_bad_setting(monkeypatch, capsys):
    monkeypatch.setenv("RESETSPEC_PASSWORD_VALIDITY_DAYS", "forever")
    assert main([]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "RESETSPEC_PASSWORD_VALIDITY_DAYS" in err[0]


# test that hooks in production refuse to start
def test_hooks_in_production(monkeypatch, capsys):
    monkeypatch.setenv("RESETSPEC_SECRET_KEY", "s")
    monkeypatch.setenv("RESETSPEC_TEST_HOOKS", "1")
    monkeypatch.delenv("RESETSPEC_ENV", raising=False)
    assert main([]) == 2
    assert "RESETSPEC_TEST_HOOKS" in capsys.readouterr().err


# test that the module serves the app over HTTP with waitress
def test_serves_over_http(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "RESETSPEC_ENV": "test",
        "RESETSPEC_TEST_HOOKS": "1",
        "RESETSPEC_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        "RESETSPEC_ARGON2_MEMORY_KIB": "8",
        "RESETSPEC_ARGON2_TIME_COST": "1",
    }
    command = [sys.executable, "-m", "reference_app", "--host", "127.0.0.1", "--port", str(port)]
    with (tmp_path / "serve.log").open("wb") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        assert _ready(base + "/__spec__", deadline=time.monotonic() + 20)
        response = requests.get(base + "/connexion", timeout=5)
        assert response.status_code == 200
        assert response.headers["Server"] == "reference_app"  # waitress's ident
    finally:
        process.terminate()
        process.wait(10)


def _ready(url: str, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            return requests.get(url, timeout=1).status_code == 200
        except requests.ConnectionError:
            time.sleep(0.1)  # polling a starting server, bounded by the deadline
    return False
