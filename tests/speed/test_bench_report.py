"""`resetspec bench`: its ratios, its table and its command line (not its timings)."""

from __future__ import annotations

import pytest

from resetspec.proof import bench
from resetspec.run.cli_args import command_line

SUITES = {
    "serial": {"wall_s": 60.0, "cpu_s": 70.0, "runs": [60.0]},
    "workers-2": {"wall_s": 38.0, "cpu_s": 71.0, "runs": [38.0]},
    "twins": {"wall_s": 84.0, "cpu_s": 140.0, "runs": [84.0]},
    "http": {"wall_s": 6.0, "cpu_s": 5.0, "runs": [6.0]},
}


# test that each ratio is the harness's (or the variant's) time over its yardstick's
def test_ratios_divide_by_the_yardstick():
    journey = {"bare_s": 0.5, "harness_s": 0.55, "samples": 8, "ratio": 1.1}
    found = bench.ratios(journey, SUITES)
    assert found == {"overhead": 1.1, "workers": 0.633, "ceiling": 0.7, "http": 0.1}
    assert bench.ratios(None, {"serial": SUITES["serial"]}) == {}


# test that the table says for each target whether it is met, with the machine beside it
def test_the_table_says_met_or_not():
    report = {
        "cores": 2,
        "load_before": [0.5, 0.4, 0.3],
        "load_after": [1.5, 1.0, 0.5],
        "repeat": 3,
        "journey": {"bare_s": 0.5, "harness_s": 0.6, "samples": 8, "ratio": 1.2},
        "suites": SUITES,
        "ratios": {"overhead": 1.2, "workers": 0.633, "ceiling": 0.7, "http": 0.1},
    }
    lines = bench.table(report).splitlines()
    assert lines[0].startswith("cores 2, load average [0.5, 0.4, 0.3] before")
    assert lines[2].endswith("1.15  NO") and lines[3].endswith("0.65  yes")
    assert "2 serial runs at once" in lines[4] and lines[4].endswith("0.700       -  -")
    assert lines[5].endswith("0.10  yes")


@pytest.mark.parametrize(
    "argv", [["--repeat", "0"], ["--journeys", "x"], ["--only", "speed"], ["--only", ","]]
)
# test that a bad option is refused in one line before anything runs
def test_bad_options_are_one_line(capsys, argv):
    with pytest.raises(SystemExit) as stopped:
        command_line("bench", argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("resetspec bench: ") and err.count("\n") == 1


def test_only_takes_a_comma_list():
    assert command_line("bench", ["--only", "workers, http"]).only == {"workers", "http"}
