"""Sharing the features among workers, and naming a scenario's evidence."""

from __future__ import annotations

from pathlib import Path

from resetspec import evidence
from resetspec.parallel import feature_files, scenario_count, share

FEATURES = Path(__file__).resolve().parents[2] / "features"


def test_every_feature_goes_to_exactly_one_worker():
    files = feature_files([str(FEATURES)])
    groups = share(files, 2)
    assert sorted(f for group in groups for f in group) == sorted(files)


def test_workers_get_similar_loads():
    loads = [
        sum(scenario_count(f) for f in group) for group in share(feature_files([str(FEATURES)]), 2)
    ]
    assert max(loads) - min(loads) <= max(scenario_count(f) for f in feature_files([str(FEATURES)]))


def test_more_workers_than_files_leaves_no_empty_worker():
    one = [FEATURES / "01_access.feature"]
    assert share(one, 4) == [one]


def test_evidence_names_are_safe_and_readable():
    name = evidence.slug("The new password's policy", "A password with an acute accent -- @1.4")
    assert name == "the-new-password-s-policy--a-password-with-an-acute-accent--1-4"


def test_failures_keep_a_full_screenshot_and_passes_a_small_one(tmp_path):
    assert evidence.screenshot_path(tmp_path, "x", failed=True).suffix == ".png"
    assert evidence.screenshot_path(tmp_path, "x", failed=False).suffix == ".jpeg"
    assert evidence.trace_path(tmp_path, "x").name == "x.trace.zip"


def test_evidence_is_named_by_rule():
    assert evidence.catalogue_id(["hardening", "H02", "needs-clock"]) == "H02"
    assert evidence.catalogue_id(["chapter-2"]) is None
