"""The features' dates: read as Paris time, weekday checked."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from resetspec.spec.clock import BadMoment, SpecClock, moment


def test_a_moment_with_weekday_and_time():
    assert moment("Thursday 5 June 2025 at 10:00") == datetime(2025, 6, 5, 10, 0)


def test_a_date_alone_is_noon():
    assert moment("1 June 2025") == datetime(2025, 6, 1, 12, 0)


def test_a_wrong_weekday_is_refused():
    with pytest.raises(BadMoment, match="Friday"):
        moment("Thursday 4 December 2026 at 19:29")


def test_the_header_follows_the_clock():
    clock = SpecClock()
    assert clock.headers() == {}
    clock.set(moment("Monday 30 November 2026 at 10:00"))
    clock.advance(timedelta(minutes=16))
    assert clock.headers() == {"X-Spec-Now": "2026-11-30T10:16:00"}
