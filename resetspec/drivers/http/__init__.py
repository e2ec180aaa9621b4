"""The HTTP driver: the app's pages and forms over real HTTP, at in-process speed."""

from __future__ import annotations

from resetspec.drivers.http.base import BrowserOnly
from resetspec.drivers.http.driver import HttpDriver

__all__ = ["BrowserOnly", "HttpDriver"]
