"""``make interop``'s reading of Cucumber's HTML report (the rendering itself needs Node)."""

from __future__ import annotations

from pathlib import Path

from resetspec.reports.interop import MIN_EXAMPLES, Seen, expected, verdict


# test that what the report must show is read from the stream: its test cases and rules
def test_expected_from_the_stream(shapes: Path) -> None:
    assert expected(shapes / "cucumber-messages.ndjson") == (7, {"G02", "Words"})


# test that a report is judged by its count of examples and the rules it shows
def test_verdict() -> None:
    rules = {"G01", "G02"}
    assert verdict(121, rules, Seen(121, 120, {"G01", "G02"})) == []
    assert verdict(121, rules, Seen(120, 120, rules)) == [
        "the report counts 120 examples, the stream has 121"
    ]
    assert verdict(7, rules, Seen(7, 7, {"G01"})) == [
        f"7 examples, fewer than the {MIN_EXAMPLES} of a full run",
        "rules missing from the page: G02",
    ]
