"""Text assertions that fail once the page has settled, saying what it shows instead.

A server-rendered message is in the page when its "load" fires: waiting the whole expect
time-out (10 s) for text that is not there only delays the failure. These wait for the load,
give the page ``SETTLED_MS`` more (its script, a busy machine), then fail with expected
versus actual.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

SETTLED_MS = 3_000
SHOWN_CHARS = 300
# Where a page says what happened: its alerts first, else its main content.
SAYING = ('[role="alert"]', "main", "body")


def shown(page: Page) -> str:
    """What the page says, in one line: its alerts, or the start of its main content."""
    for selector in SAYING:
        found = page.locator(selector)
        if found.count():
            text = " | ".join(" ".join(t.split()) for t in found.all_inner_texts() if t.strip())
            if text:
                return text[:SHOWN_CHARS] + ("…" if len(text) > SHOWN_CHARS else "")
    return "(nothing)"


def expect_shown(page: Page, locator: Locator, expected: str) -> None:
    """``locator`` is visible once the page has loaded; else one AssertionError line."""
    page.wait_for_load_state()
    try:
        expect(locator).to_be_visible(timeout=SETTLED_MS)
    except AssertionError:
        raise AssertionError(
            f"expected the page to show {expected!r}; it shows: {shown(page)}"
        ) from None


def expect_message(page: Page, message: str) -> None:
    """The message, case and all (a regular expression: plain text ignores case)."""
    expect_shown(page, page.get_by_text(re.compile(re.escape(message))).first, message)
