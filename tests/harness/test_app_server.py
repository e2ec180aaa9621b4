"""The app process: a bad start is reported at once, with the app's own words."""

from __future__ import annotations

import time

import pytest

from resetspec.run.app_server import AppDidNotStart, AppServer, app_environment, until


def test_an_app_that_cannot_start_is_reported_with_its_log(tmp_path):
    env = app_environment(tmp_path / "db.sqlite3", smtp_port=25)
    env["RESETSPEC_PASSWORD_VALIDITY_DAYS"] = "never"
    server = AppServer(env, log_path=tmp_path / "app.log")
    started = time.monotonic()
    with pytest.raises(AppDidNotStart, match="PASSWORD_VALIDITY_DAYS"):
        server.start()
    assert time.monotonic() - started < 15, "an exited app must not wait for the deadline"


# test that until asks again after each pause until the check holds, counted, not timed
def test_until_asks_until_the_check_holds() -> None:
    answers, pauses = iter([False, False, True]), []
    assert until(lambda: next(answers), 60, every=0.5, sleep=pauses.append)
    assert pauses == [0.5, 0.5]


# test that until gives False once its time is over, and raises what the check raises
def test_until_gives_up_and_passes_errors_on() -> None:
    assert until(lambda: False, 0, sleep=lambda _: None) is False

    def broken() -> bool:
        raise RuntimeError("exited")

    with pytest.raises(RuntimeError, match="exited"):
        until(broken, 60, sleep=lambda _: None)
