"""Naming a scenario's evidence (the split among workers: tests/speed/test_schedule.py)."""

from __future__ import annotations

from resetspec import evidence


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
