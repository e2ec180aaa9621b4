"""Whole runs: ``--workers 2``, ``--driver http`` and two ``--shard``s each run every selected
example exactly once, and their reports join into one (small tag selections, to stay quick)."""

from __future__ import annotations

from pathlib import Path

import pytest
from speed_runs import ran_per_file, run, selected

from resetspec import schedule
from resetspec.livingdoc.merge import merge_files
from resetspec.livingdoc.results import load
from resetspec.reports.junit_reading import cases


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory) -> Path:
    reports = tmp_path_factory.mktemp("workers")
    done = run(reports, "--workers", "2", "--tags", "@G17")
    assert done.returncode == 0, done.stdout[-2000:]
    return reports


def test_two_workers_run_every_selected_example_once(two_workers):
    counted = ran_per_file(two_workers)
    assert set(counted) == selected("@G17") and set(counted.values()) == {1}
    assert len(list((two_workers / "results").glob("results-worker-*.json"))) == 2


def test_two_workers_leave_one_set_of_reports(two_workers):
    merged = load(two_workers / "results-merged.json").examples
    assert {k for k, e in merged.items() if e["status"] == "passed"} == selected("@G17")
    ran = [c for c in cases(two_workers / "junit") if c.status != "skipped"]
    assert len(ran) == len(selected("@G17")) and {c.status for c in ran} == {"passed"}
    assert set(schedule.load_durations(two_workers / "durations.json")) == selected("@G17")


def test_the_http_driver_runs_the_same_examples_and_skips_the_browser_only(tmp_path):
    done = run(tmp_path, "--driver", "http", "--workers", "2", "--tags", "@G03 or @G16")
    assert done.returncode == 0, done.stdout[-2000:]
    counted = ran_per_file(tmp_path)
    assert set(counted) == selected("@G03 or @G16") and set(counted.values()) == {1}
    merged = load(tmp_path / "results-merged.json").examples
    skipped = {k for k, e in merged.items() if e["status"] == "skipped"}
    assert skipped == selected("(@G03 or @G16) and @browser-only")
    assert all("--driver browser" in merged[k]["skip_reason"] for k in skipped)


def test_two_shards_merge_into_every_example_once(tmp_path):
    for index in (1, 2):
        done = run(
            tmp_path / f"shard-{index}",
            "--driver",
            "http",
            "--shard",
            f"{index}/2",
            "--tags",
            "@G04",
        )
        assert done.returncode == 0, done.stdout[-2000:]
    per_shard = [ran_per_file(tmp_path / f"shard-{index}") for index in (1, 2)]
    assert not set(per_shard[0]) & set(per_shard[1])
    assert set(per_shard[0]) | set(per_shard[1]) == selected("@G04")
    merged = merge_files([tmp_path / "shard-1" / "results", tmp_path / "shard-2" / "results"])
    assert {k for k, e in merged.examples.items() if e["status"] == "passed"} == selected("@G04")
