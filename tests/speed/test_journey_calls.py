"""The journey's call profile: calls timed by the line that made them, the hook put back."""

from __future__ import annotations

from playwright._impl import _sync_base

from resetspec.proof import journey_calls


# test that each call is put down to the first frame of ours up the stack, with its API name
def test_a_call_is_put_down_to_our_line():
    def api_call():  # stands for Playwright's method
        import sys

        return journey_calls.caller(sys._getframe(0), lambda path: path == __file__)

    def ours():
        return api_call()

    found = ours()
    assert found.startswith("test_journey_calls.py:") and found.endswith("-> api_call")


# test that the table shows milliseconds a journey, the warm-up's calls spread over all
def test_the_table_is_per_journey_and_sorted():
    calls = {"a.py:1 x -> click": [3, 0.3], "b.py:2 y -> fill": [3, 0.03], "c.py:3 z -> f": [3, 0]}
    lines = journey_calls.table("harness", calls, journeys=2, seconds=1.0).splitlines()
    assert lines[0] == "harness: 500 ms a journey, of which waiting on:"
    assert lines[1] == "    100.0 ms  1.0x  a.py:1 x -> click"
    assert lines[2] == "     10.0 ms  1.0x  b.py:2 y -> fill"
    assert len(lines) == 3  # under 2 ms a journey is left out


# test that the timing hook is Playwright's own again afterwards
def test_the_hook_is_put_back():
    real = _sync_base.SyncBase._sync
    with journey_calls.timed_calls(lambda path: False):
        assert _sync_base.SyncBase._sync is not real
    assert _sync_base.SyncBase._sync is real
