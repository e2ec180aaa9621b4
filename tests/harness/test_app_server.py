"""The app process: a bad start is reported at once, with the app's own words."""

from __future__ import annotations

import time

import pytest

from resetspec.run.app_server import AppDidNotStart, AppServer, app_environment


def test_an_app_that_cannot_start_is_reported_with_its_log(tmp_path):
    env = app_environment(tmp_path / "db.sqlite3", smtp_port=25)
    env["RESETSPEC_PASSWORD_VALIDITY_DAYS"] = "never"
    server = AppServer(env, log_path=tmp_path / "app.log")
    started = time.monotonic()
    with pytest.raises(AppDidNotStart, match="PASSWORD_VALIDITY_DAYS"):
        server.start()
    assert time.monotonic() - started < 15, "an exited app must not wait for the deadline"
