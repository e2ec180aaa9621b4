"""An error told in one line: the first line, and what Playwright actually found."""

from __future__ import annotations

import pytest

from resetspec.livingdoc.record import one_line


@pytest.mark.parametrize(
    ("exception", "message", "expected"),
    [
        (AssertionError("expected 3, got 2"), None, "expected 3, got 2"),
        (
            AssertionError("Locator expected to have text 'A'\nActual value: B \nCall log:\n  - x"),
            None,
            "Locator expected to have text 'A'; Actual value: B",
        ),
        (
            TimeoutError("Locator.click: Timeout\nCall log:"),
            None,
            "TimeoutError: Locator.click: Timeout",
        ),
        (None, "HOOK-ERROR in before_scenario: boom\nmore", "HOOK-ERROR in before_scenario: boom"),
        (AssertionError("x" * 400), None, "x" * 299 + "…"),
    ],
)
# test that an error is one line, at most 300 characters
def test_one_line(exception: BaseException | None, message: str | None, expected: str) -> None:
    assert one_line(exception, message) == expected
