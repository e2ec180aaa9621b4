"""The browser driver: Playwright, one module per page, French labels as constants."""

from __future__ import annotations

from resetspec.drivers.browser.driver import FIELDS, BrowserDriver

__all__ = ["FIELDS", "BrowserDriver"]
