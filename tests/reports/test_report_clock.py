"""Cucumber's clock: seconds and nanoseconds, never going back."""

from __future__ import annotations

import pytest

from resetspec.reports.clock import duration, epoch, later, timestamp


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(2.5, (2, 500_000_000)), (1.9999999999, (2, 0)), (0.0, (0, 0))],
)
# test that nanoseconds rounding up to a second carry it, as the schema's range requires
def test_timestamp_carries(seconds: float, expected: tuple[int, int]) -> None:
    stamp = timestamp(seconds)
    assert (stamp.seconds, stamp.nanos) == expected


# test that a duration is never negative, and later() adds one to an instant
def test_duration_and_later() -> None:
    assert (duration(-1.0).seconds, duration(-1.0).nanos) == (0, 0)
    assert later(timestamp(1.25), 0.5) == timestamp(1.75)


# test that an ISO instant is read, an absent or broken one is None
def test_epoch() -> None:
    assert epoch("1970-01-01T00:00:01.5+00:00") == 1.5
    assert epoch(None) is None and epoch("yesterday") is None
