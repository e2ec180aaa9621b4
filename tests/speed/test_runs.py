"""Whole runs: ``--workers 2``, ``--driver http`` and two ``--shard``s each run every selected
example exactly once, and their reports join into one (small tag selections, to stay quick)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from speed_runs import ran_per_file, run, selected

from resetspec.livingdoc import cli as livingdoc
from resetspec.livingdoc.merge import merge_files
from resetspec.livingdoc.results import load
from resetspec.reports.junit_reading import cases
from resetspec.reports.schema_check import check_cucumber_json, check_junit, check_messages
from resetspec.run import schedule


def valid_reports(reports: Path) -> None:
    """Both Cucumber files and every JUnit file of a run validate against the official schemas."""
    assert check_messages(reports / "cucumber-messages.ndjson") == []
    assert check_cucumber_json(reports / "cucumber.json") == []
    assert (
        check_junit([*sorted((reports / "junit").glob("*.xml")), reports / "junit-rules.xml"]) == []
    )


def kinds(reports: Path) -> Counter[str]:
    lines = (reports / "cucumber-messages.ndjson").read_text(encoding="utf-8").splitlines()
    return Counter(next(iter(json.loads(line))) for line in lines)


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


def test_two_workers_write_valid_cucumber_reports(two_workers):
    valid_reports(two_workers)
    found = kinds(two_workers)
    assert found["pickle"] == found["testCaseFinished"] == len(selected("@G17"))
    assert found["externalAttachment"] >= len(selected("@G17"))  # each example's final screen


def test_the_http_driver_runs_the_same_examples_and_skips_the_browser_only(tmp_path):
    done = run(tmp_path, "--driver", "http", "--workers", "2", "--tags", "@G03 or @G16")
    assert done.returncode == 0, done.stdout[-2000:]
    counted = ran_per_file(tmp_path)
    assert set(counted) == selected("@G03 or @G16") and set(counted.values()) == {1}
    merged = load(tmp_path / "results-merged.json").examples
    skipped = {k for k, e in merged.items() if e["status"] == "skipped"}
    assert skipped == selected("(@G03 or @G16) and @browser-only")
    assert all("--driver browser" in merged[k]["skip_reason"] for k in skipped)
    # The skipped examples are in JUnit too, and in the Cucumber reports, all valid.
    junit = cases(tmp_path / "junit")
    assert len(junit) == len(selected("@G03 or @G16"))
    assert sum(c.status == "skipped" for c in junit) == len(skipped)
    valid_reports(tmp_path)
    assert kinds(tmp_path)["testCase"] == len(selected("@G03 or @G16"))


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
    for index in (1, 2):
        valid_reports(tmp_path / f"shard-{index}")
    # `resetspec merge` of the shards: one stream, one report, one JUnit file per feature.
    out = tmp_path / "all"
    shards = [str(tmp_path / f"shard-{index}" / "results") for index in (1, 2)]
    argv = ["merge", *shards, "--out", str(out / "results-merged.json")]
    argv += ["--junit", str(out / "junit-rules.xml"), "--junit-dir", str(out / "junit")]
    argv += ["--messages", str(out / "cucumber-messages.ndjson")]
    assert livingdoc.main([*argv, "--cucumber-json", str(out / "cucumber.json")]) == 0
    valid_reports(out)
    assert kinds(out)["testRunStarted"] == 1
    assert kinds(out)["testCase"] == len(cases(out / "junit")) == len(selected("@G04"))
