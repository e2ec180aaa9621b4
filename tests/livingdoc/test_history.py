"""Runs kept across runs: what changed since the last one, each example's recent runs, flaky."""

from __future__ import annotations

from pathlib import Path

import pytest

from resetspec.livingdoc import changes, cli, history
from resetspec.livingdoc.history import Entry
from resetspec.livingdoc.results import Results, save

FEATURES = Path(__file__).resolve().parents[2] / "features"
A, B, C, D, E = (f"features/03_password_policy.feature:G07:L{n}" for n in (1, 2, 3, 4, 5))


def entry(commit: str = "abc", **examples: tuple[str, float]) -> Entry:
    return Entry("s", "f", commit, {globals()[k]: v for k, v in examples.items()})


# test what changed between two runs: failed anew, fixed, skipped anew, slowed by over half
def test_compare() -> None:
    before = entry(A=("passed", 1.0), B=("failed", 1.0), C=("passed", 1.0), D=("passed", 1.0))
    now = entry(
        A=("failed", 1.0), B=("passed", 1.0), C=("skipped", 0.0), D=("passed", 1.6), E=("failed", 1)
    )
    found = changes.compare(now, before, "h")
    assert (found.failed_anew, found.fixed, found.skipped_anew, found.slowed) == (
        [A, E],
        [B],
        [C],
        [D],
    )
    assert not changes.compare(before, before, "h").any
    assert changes.compare(before, None, "h").previous is None


@pytest.mark.parametrize(
    ("before", "now", "slowed"),
    [(1.0, 1.51, True), (1.0, 1.5, False), (0.02, 0.05, False), (0.0, 3.0, False)],
)
# test that "slowed by more than half" leaves out noise of a few hundredths of a second
def test_slowed(before: float, now: float, slowed: bool) -> None:
    assert changes.slowed(before, now) is slowed


# test that an example that failed and passed on one commit is flaky, not on two commits
def test_flaky() -> None:
    runs = [
        entry("abc", A=("passed", 1.0), B=("passed", 1.0)),
        entry("abc", A=("failed", 1.0), B=("passed", 1.0)),
        entry("old", B=("failed", 1.0)),
    ]
    assert changes.flaky(runs, "abc") == {A: (1, 2)}
    assert changes.flaky(runs, "?") == {}  # no commit known: no claim


def results(statuses: dict[str, str], finished: str) -> Results:
    examples = {}
    for key, status in statuses.items():
        feature, rule, line = key.rsplit(":", 2)
        examples[key] = {
            "id": key,
            "feature": feature,
            "rule": rule,
            "line": int(line[1:]),
            "name": "x",
            "status": status,
            "skip_reason": "no clock" if status == "skipped" else None,
            "duration": 0.5,
            "error": "boom" if status == "failed" else None,
            "steps": [],
            "evidence": {},
        }
    return Results(["local"], finished.replace("10", "09", 1), finished, examples)


def real_ids() -> tuple[str, str]:
    from resetspec.livingdoc.document import build

    rule = next(r for r in build(FEATURES).rules if r.id == "G07")
    return rule.examples[0].id, rule.examples[1].id


# test two recorded runs: the second's doc says what failed anew, and who is flaky
def test_second_run_says_what_changed(tmp_path: Path) -> None:
    first, second = real_ids()
    where = tmp_path / "history"
    pages = []
    for number, statuses in enumerate(
        [{first: "passed", second: "passed"}, {first: "failed", second: "passed"}]
    ):
        run = save(
            results(statuses, f"2026-12-0{number + 1}T10:00:00+00:00"), tmp_path / f"r{number}.json"
        )
        out = tmp_path / f"doc{number}"
        argv = ["doc", "--results", str(run), "--out", str(out), "--lang", "en"]
        argv += ["--features", str(FEATURES), "--history", str(where), "--record-history"]
        assert cli.main(argv) == 0
        pages.append((out / "index.html").read_text(encoding="utf-8"))
    assert len(history.load(where)) == 2
    assert "No earlier run in the history" in pages[0]
    changed = pages[1][pages[1].index('id="changes"') :]
    assert 'data-change="failed_anew"' in changed.split("</section>")[0]
    # failed then passed on the same commit (this checkout's): shown flaky, never passed
    assert 'class="example status-flaky"' in pages[1]
    assert "Recent runs" in pages[1]


# test that recording the same run twice keeps one entry, and only the newest runs are kept
def test_history_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "KEEP", 3)
    for day in range(1, 6):
        run = results({A: "passed"}, f"2026-12-0{day}T10:00:00+00:00")
        history.record(run, tmp_path, "abc")
        history.record(run, tmp_path, "abc")
    kept = history.load(tmp_path)
    assert [e.finished[:10] for e in kept] == ["2026-12-03", "2026-12-04", "2026-12-05"]


# test that a run's history survives the next run, which replaces the other reports
def test_run_start_keeps_history(tmp_path: Path) -> None:
    from resetspec.console import kept

    history.record(results({A: "passed"}, "2026-12-01T10:00:00+00:00"), tmp_path / "history", "x")
    (tmp_path / "evidence").mkdir()
    with kept.replacing(tmp_path) as replacement:
        assert not (tmp_path / "evidence").exists()
        assert len(history.load(tmp_path / "history")) == 1
        replacement.done()
    assert not (tmp_path / "evidence").exists()
    assert len(history.load(tmp_path / "history")) == 1


# test that a run is compared with the last run of its own driver, not an HTTP run's times
def test_compared_with_its_own_driver(tmp_path: Path) -> None:
    first, second = real_ids()
    where = tmp_path / "history"
    runs = [("browser", "passed"), ("http", "failed"), ("browser", "passed")]
    for number, (driver, status) in enumerate(runs):
        run = results({first: status, second: "passed"}, f"2026-12-0{number + 1}T10:00:00+00:00")
        path = save(run, tmp_path / f"r{number}.json")
        argv = ["doc", "--results", str(path), "--out", str(tmp_path / "doc"), "--lang", "en"]
        argv += ["--features", str(FEATURES), "--history", str(where), "--record-history"]
        assert cli.main([*argv, "--driver", driver]) == 0
    page = (tmp_path / "doc" / "index.html").read_text(encoding="utf-8")
    assert "Nothing changed since the previous run (2026-12-01" in page
    assert 'class="example status-flaky"' not in page  # the HTTP failure: another driver's
    assert {e.driver for e in history.load(where)} == {"browser", "http"}
