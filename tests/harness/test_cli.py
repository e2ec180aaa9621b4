"""`resetspec run`: its arguments, and one-line errors for bad ones."""

from __future__ import annotations

import subprocess
import sys

import pytest

from resetspec.run.cli import all_arguments, behave_arguments
from resetspec.run.cli_args import parser


def error_of(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        parser().parse_args(argv)
    assert stopped.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["walk"],
        ["run", "--bogus"],
        ["run", "--target", "ftp://example"],
        ["run", "--target", "not a url"],
        ["run", "--mail-port", "70000"],
        ["run", "--seed", "abc"],
        ["run", "--jobs", "0"],
        ["run", "--trace", "always"],
    ],
)
def test_bad_arguments_give_one_line(capsys, argv):
    message = error_of(capsys, argv)
    assert message.startswith("resetspec") and message.count("\n") == 1
    assert message.rstrip().endswith("(see --help)")


def test_workers_share_the_parents_mail_port():
    # The parent binds the one sink the target delivers to; workers read it over HTTP.
    options = parser().parse_args(["run", "--jobs", "2", "--mail-port", "2525"])
    assert options.workers == 2 and options.mail_port == 2525


def test_defaults_write_junit_to_reports():
    args = behave_arguments(parser().parse_args(["run"]))
    assert args[:3] == ["--junit", "--junit-directory", "reports/junit"]
    assert not any(a.startswith("target=") for a in args)


def test_tags_target_and_headed_are_passed_to_behave():
    options = parser().parse_args(
        ["run", "--tags", "@G07", "--tags", "not @wip", "--target", "http://h:8000/", "--headed"]
    )
    args = behave_arguments(options)
    assert args[3:5] == ["--tags", "@G07"] and args[5:7] == ["--tags", "not @wip"]
    assert "target=http://h:8000" in args and "headed=1" in args


def test_feature_paths_come_last():
    args = all_arguments(parser().parse_args(["run", "features/01_access.feature"]))
    assert args[-1] == "features/01_access.feature"


def test_trace_level_reaches_behave_only_when_not_the_default():
    assert "trace=full" in behave_arguments(parser().parse_args(["run", "--trace", "full"]))
    assert not any(a.startswith("trace=") for a in behave_arguments(parser().parse_args(["run"])))


@pytest.mark.parametrize("module", ["resetspec.run.cli", "resetspec.drivers.http.driver"])
# test that the command line and the HTTP driver load neither Playwright nor the app
def test_loads_without_playwright_or_the_app(module):
    code = (
        f"import sys, {module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {*sys.argv[1:]}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, "playwright", "reference_app", "flask"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"
