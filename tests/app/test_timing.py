"""The cost of one full reset at production argon2id cost (see measure_reset.py for the figure)."""

from __future__ import annotations

import statistics

from measure_reset import time_resets


# test that one full reset at production hash cost stays well under a second on this machine
def test_full_reset_time(record_property):
    median_ms = statistics.median(time_resets(3))
    record_property("full_reset_median_ms", round(median_ms, 1))
    print(f"one full reset: median {median_ms:.1f} ms")
    assert median_ms < 1000
