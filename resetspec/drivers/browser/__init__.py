"""The browser driver: Playwright, one module per page; the words come from the surface."""

from __future__ import annotations

from resetspec.drivers.browser.driver import BrowserDriver

__all__ = ["BrowserDriver"]
