"""The parent's one console: events of every worker, one count of the whole selection."""

from __future__ import annotations

import io

from resetspec.console import events
from resetspec.console.board import Board


def event(line: int, status: str = "passed", worker: str = "worker-1", reason: str = ""):
    return events.Event(f"features/x.feature:{line}", f"example {line}", status, reason, worker)


def test_events_of_two_workers_are_read_once_each_as_they_come(tmp_path):
    reader = events.Reader(tmp_path / events.FOLDER)
    events.write(events.path_for(tmp_path, "worker-1"), event(3))
    assert [e.location for e in reader.new()] == ["features/x.feature:3"]
    events.write(events.path_for(tmp_path, "worker-2"), event(5, worker="worker-2"))
    events.write(events.path_for(tmp_path, "worker-1"), event(7))
    assert sorted(e.location for e in reader.new()) == [
        "features/x.feature:5",
        "features/x.feature:7",
    ]
    assert reader.new() == []


def test_a_line_being_written_waits_for_its_end(tmp_path):
    path = events.path_for(tmp_path, "worker-1")
    path.parent.mkdir()
    path.write_text('{"location": "features/x.feature:3", "na', encoding="utf-8")
    reader = events.Reader(tmp_path / events.FOLDER)
    assert reader.new() == []
    with path.open("a", encoding="utf-8") as out:
        out.write('me": "e", "status": "passed"}\n')
    assert [e.name for e in reader.new()] == ["e"]


def test_a_log_gets_one_line_per_example_counting_the_whole_selection():
    out = io.StringIO()
    estimates = {f"features/x.feature:{n}": 2.0 for n in (3, 5, 7, 9)}
    with Board(4, estimates, workers=2, out=out, live=False) as board:
        board.add(event(3))
        board.add(event(5, "failed", "worker-2"))
        board.add(event(7, "skipped", reason="@browser-only"))
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert "[1/4 examples, 0 failed" in lines[0] and "about 0m03s left" in lines[0]
    assert lines[1].startswith("✗ features/x.feature:5") and "2/4 examples, 1 failed" in lines[1]
    assert "(@browser-only)" in lines[2] and "1 skipped" in lines[2]
    assert board.failures == ["features/x.feature:5 example 5"]


def test_a_terminal_gets_one_line_redrawn_and_each_failure_above_it():
    out = io.StringIO()
    with Board(2, {}, out=out, live=True) as board:
        board.add(event(3, "failed"))
        board.add(event(5))
    text = out.getvalue()
    assert text.count("✗ failed: features/x.feature:3 example 3") == 1
    assert "2/2 examples, 1 failed" in text
    assert "features/x.feature:5" not in text  # a pass only moves the count


def test_a_quiet_log_still_hears_from_the_run(monkeypatch):
    out = io.StringIO()
    board = Board(3, {}, out=out, live=False)
    board.tick()
    assert out.getvalue() == ""  # not yet: the last line is recent
    board.last_line -= 11
    board.tick()
    assert out.getvalue().startswith("… 0/3 examples")


# test that an HTTP run's times are kept apart: they would make a browser run's estimate short
def test_each_driver_keeps_its_own_durations():
    from resetspec.run.workers import DURATIONS, durations_file

    assert durations_file("browser") == DURATIONS == "durations.json"
    assert durations_file("http") == "durations-http.json"
