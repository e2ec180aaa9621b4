"""The progress line's total: a worker counts its own stretch, not the whole selection."""

from __future__ import annotations

import io
from types import SimpleNamespace

from behave.formatter.base import StreamOpener
from behave.parser import parse_feature

from resetspec.reports.progress import ProgressFormatter

FEATURE = """Feature: Two scenarios and an outline
  Scenario: one
    Given a step

  Scenario: two
    Given a step

  Scenario Outline: rows <n>
    Given a step
    Examples:
      | n |
      | 1 |
      | 2 |
"""


def formatter(paths: list[str], userdata: dict[str, str] | None = None) -> ProgressFormatter:
    config = SimpleNamespace(paths=paths, tag_expression=None, userdata=userdata or {})
    return ProgressFormatter(StreamOpener(stream=io.StringIO()), config)


def test_a_whole_feature_counts_every_example():
    progress = formatter(["features/x.feature"])
    progress.feature(parse_feature(FEATURE, filename="features/x.feature"))
    assert progress.line().startswith("progress: 0/4 examples")


def test_a_share_given_by_location_counts_its_examples_only():
    progress = formatter(["features/x.feature:2", "features/x.feature:12"])
    progress.feature(parse_feature(FEATURE, filename="features/x.feature"))
    assert progress.line().startswith("progress: 0/2 examples")


def test_a_worker_counts_its_stretch_of_a_queue_of_everything():
    # A worker's queue names every example; it expects to run its stretch of them.
    progress = formatter(["features/x.feature:2", "features/x.feature:5"], {"stretch": "1"})
    progress.feature(parse_feature(FEATURE, filename="features/x.feature"))
    assert progress.line().startswith("progress: 0/1 examples")
