"""Every everyday mistake on the command line ends in one line on stderr and its own exit code.

Each row runs ``resetspec`` as a QA engineer would, as a subprocess, with nothing to start:
the checks come before any app, browser or report.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
USAGE, CANNOT_START, NOTHING_SELECTED = 2, 3, 5


def resetspec(tmp_path: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "RESETSPEC_REPORTS": str(tmp_path / "reports"), **env}
    command = [sys.executable, "-m", "resetspec.run.cli", *argv]
    return subprocess.run(
        command, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        # test that a sub-command or flag that does not exist names the choices
        (["walk"], USAGE, "choose from 'run', 'doc', 'merge', 'bench', 'mutants', 'flake'"),
        (["run", "--bogus"], USAGE, "--bogus"),
        (["run", "--workers", "0"], USAGE, "from 1 to 16"),
        (["run", "--driver", "telnet"], USAGE, "invalid choice"),
        (["run", "--target", "ftp://host"], USAGE, "not an http(s) URL"),
        (["run", "--shard", "3/2"], USAGE, "shard"),
        # test that a tag expression that does not parse is one line, not a traceback
        (["run", "--tags", "@G07 and ("], USAGE, "does not parse"),
        # test that a feature path that does not exist is one line
        (["run", "features/nope.feature"], USAGE, "no feature file or folder"),
        (["run", "README.md"], USAGE, "not a .feature file"),
        # test that a selection of nothing fails, naming the nearest tag
        (["run", "--tags", "@G7"], NOTHING_SELECTED, "did you mean @G07?"),
        (["run", "--tags", "@NOPE"], NOTHING_SELECTED, "no example matches --tags '@NOPE'"),
        (["run", "features/02_reset_steps.feature:1"], NOTHING_SELECTED, "no example matches"),
        # test that a run that cannot start says so before any example
        (["run", "--target", "http://127.0.0.1:9"], CANNOT_START, "is the target up?"),
        (["run", "--headed", "--tags", "@G07"], CANNOT_START, "needs a display"),
        # test that the other commands' errors are one line too
        (["merge"], USAGE, "required"),
        (["doc", "--lang", "de"], USAGE, "invalid choice"),
        (["bench", "--repeat", "0"], USAGE, "from 1 to 50"),
        (["flake", "--runs", "x"], USAGE, "whole number"),
        (["mutants", "--only", "nope"], USAGE, "unknown fault"),
    ],
)
def test_a_mistake_is_one_line_and_its_exit_code(tmp_path, argv, code, words):
    done = resetspec(tmp_path, *argv, DISPLAY="", WAYLAND_DISPLAY="")
    assert done.returncode == code, done.stderr
    assert done.stderr.count("\n") == 1 and words in done.stderr, done.stderr
    assert not (tmp_path / "reports" / "living-doc").exists()  # nothing started


def test_a_settings_value_in_the_environment_is_one_line(tmp_path):
    done = resetspec(tmp_path, "doc", "--dry-run", RESETSPEC_LANG="de")
    assert done.returncode == USAGE and done.stderr.count("\n") == 1
    assert "RESETSPEC_LANG=de" in done.stderr


def test_help_lists_every_command_with_a_sentence(tmp_path):
    done = resetspec(tmp_path, "--help")
    assert done.returncode == 0
    for command in ("run", "doc", "merge", "bench", "mutants", "flake"):
        assert f"\n    {command} " in done.stdout
    assert "exit codes:" in done.stdout


def unexplained(help_text: str) -> list[str]:
    """Argument lines of argparse's help with no sentence, on their line or the next."""
    lines = help_text.splitlines()
    bare = []
    for number, line in enumerate(lines):
        if not re.match(r"^  \S", line) or line.strip().endswith(":"):
            continue
        same_line = re.search(r"\S\s{2,}\S", line.strip())
        after = lines[number + 1] if number + 1 < len(lines) else ""
        if not same_line and not re.match(r"^ {5,}\S", after):
            bare.append(line.strip())
    return bare


@pytest.mark.parametrize("command", ["run", "doc", "merge", "bench", "mutants", "flake"])
def test_each_command_explains_every_argument(tmp_path, command):
    done = resetspec(tmp_path, command, "--help")
    assert done.returncode == 0 and f"usage: resetspec {command}" in done.stdout
    assert unexplained(done.stdout) == []


# test that a browser that is not there stops the run before any example, in one line
def test_a_missing_browser_is_one_line_before_any_example(tmp_path):
    done = resetspec(tmp_path, "run", "--tags", "@G07", RESETSPEC_CHROMIUM="/nowhere/chromium")
    assert done.returncode == CANNOT_START and done.stderr.count("\n") == 1
    assert "RESETSPEC_CHROMIUM=/nowhere/chromium is not a file" in done.stderr
    assert done.stdout == ""


# test that the HTTP driver needs no browser at all
def test_the_http_driver_does_not_check_the_browser(tmp_path):
    done = resetspec(
        tmp_path,
        "run",
        "--driver",
        "http",
        "--tags",
        "@G07",
        RESETSPEC_CHROMIUM="/nowhere/chromium",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("resetspec: seed ")  # the seed first, that replays the run
