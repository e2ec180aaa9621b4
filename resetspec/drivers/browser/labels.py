"""Fields by their label's beginning: the app appends " : *" (hidden from assistive tech)."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page


def field(page: Page, label: str) -> Locator:
    return page.get_by_label(re.compile("^" + re.escape(label) + r"(\W*\*?)?\s*$"))
