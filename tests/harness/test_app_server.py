"""The app process: a bad start is reported at once, with the app's own words."""

from __future__ import annotations

import pytest

from resetspec.run.app_server import AppDidNotStart, AppServer, app_environment, until


# test that an app that exits is reported with its log's words at once, the deadline unused:
# the polls are counted (a poll that ignored the exit would go on for the hour)
def test_an_app_that_cannot_start_is_reported_with_its_log(tmp_path, monkeypatch):
    env = app_environment(tmp_path / "db.sqlite3", smtp_port=25)
    env["RESETSPEC_PASSWORD_VALIDITY_DAYS"] = "never"
    server = AppServer(env, log_path=tmp_path / "app.log").launch()
    assert server._process is not None
    server._process.wait()  # it has exited before the harness starts asking
    asked: list[str] = []

    def answers(url: str) -> bool:
        asked.append(url)
        assert len(asked) <= 10, "still polling an app that has exited"
        return False

    monkeypatch.setattr("resetspec.run.app_server.answers", answers)
    with pytest.raises(AppDidNotStart, match="PASSWORD_VALIDITY_DAYS"):
        server.wait_ready(seconds=3600)
    assert 1 <= len(asked) <= 2  # asked once, and once more if the exit was not seen yet


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
