"""Nothing lost: the last run's reports stay until a complete new set replaces them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from resetspec.console import kept

ROOT = Path(__file__).resolve().parents[2]


def last_run(reports: Path) -> None:
    for folder in ("living-doc", "evidence/x", "results", "history"):
        (reports / folder).mkdir(parents=True)
    (reports / "living-doc" / "index.html").write_text("old doc", encoding="utf-8")
    (reports / "evidence" / "x" / "trace.zip").write_text("old trace", encoding="utf-8")
    (reports / "junit-rules.xml").write_text("old junit", encoding="utf-8")
    (reports / "worker-1.log").write_text("old log", encoding="utf-8")
    (reports / "history" / "run.json").write_text("kept", encoding="utf-8")
    (reports / "durations.json").write_text("{}", encoding="utf-8")


def test_a_complete_new_set_replaces_the_last(tmp_path):
    last_run(tmp_path)
    with kept.replacing(tmp_path) as replacement:
        assert not (tmp_path / "living-doc").exists()  # set aside while the run writes
        (tmp_path / "living-doc").mkdir()
        (tmp_path / "living-doc" / "index.html").write_text("new doc", encoding="utf-8")
        replacement.done()
    assert (tmp_path / "living-doc" / "index.html").read_text(encoding="utf-8") == "new doc"
    assert not (tmp_path / "evidence").exists() and not (tmp_path / "junit-rules.xml").exists()
    assert (tmp_path / "history" / "run.json").exists() and (tmp_path / "durations.json").exists()
    assert not (tmp_path / kept.PREVIOUS).exists()


def test_a_run_cut_short_gives_the_last_set_back(tmp_path):
    last_run(tmp_path)
    with pytest.raises(KeyboardInterrupt), kept.replacing(tmp_path):
        (tmp_path / "evidence").mkdir()
        (tmp_path / "evidence" / "half.png").write_text("new", encoding="utf-8")
        raise KeyboardInterrupt
    assert (tmp_path / "living-doc" / "index.html").read_text(encoding="utf-8") == "old doc"
    assert (tmp_path / "evidence" / "x" / "trace.zip").exists()
    assert not (tmp_path / "evidence" / "half.png").exists()
    assert (tmp_path / "worker-1.log").read_text(encoding="utf-8") == "old log"


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "--dry-run"],
        ["run", "--dry-run", "--tags", "@G07"],
        ["run", "--tags", "@NOPE"],
        ["run", "--target", "http://127.0.0.1:9"],
    ],
)
def test_commands_that_run_nothing_touch_no_report(tmp_path, argv):
    last_run(tmp_path)
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    environ = {**os.environ, "RESETSPEC_REPORTS": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "resetspec.run.cli", *argv],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 3, 5), done.stderr
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before
    assert (tmp_path / "living-doc" / "index.html").read_text(encoding="utf-8") == "old doc"


def test_a_dry_run_of_one_example_by_its_line(tmp_path):
    environ = {**os.environ, "RESETSPEC_REPORTS": str(tmp_path)}
    line = "features/03_password_policy.feature:134"
    done = subprocess.run(
        [sys.executable, "-m", "resetspec.run.cli", "run", "--dry-run", line],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "dry run of 1 examples" in done.stdout, done.stderr


def test_a_dry_run_says_it_ran_nothing(tmp_path):
    environ = {**os.environ, "RESETSPEC_REPORTS": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "resetspec.run.cli", "run", "--dry-run", "--tags", "@G07"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.count("\n") == 1 and "every one defined; nothing ran" in done.stdout
