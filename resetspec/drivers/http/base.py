"""What every part of the HTTP driver stands on: the session, the page last served, the words."""

from __future__ import annotations

from urllib.parse import urljoin

import requests

from resetspec.drivers.http import forms
from resetspec.drivers.http.page import HtmlPage, NotOnPage, own_text
from resetspec.drivers.surface import Surface
from resetspec.run.ports import session_for

TIMEOUT = 30
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class BrowserOnly(NotImplementedError):
    """An action only a real browser can carry out; tag its scenario ``@browser-only``."""


class HttpBase:
    """One scenario's visitor: a cookie jar of its own and the page last served."""

    def __init__(self, base_url: str, headers: dict[str, str] | None, surface: Surface) -> None:
        self.base_url = base_url
        self.s = surface
        self.procedure = surface.procedure_prefix()
        self.session = session_for(base_url)
        self.session.headers["Accept-Language"] = "fr-FR"
        # What a browser asks for when it opens a page: a browser with its scripts off.
        self.session.headers["Accept"] = BROWSER_ACCEPT
        self.session.headers.update(headers or {})
        self.page = HtmlPage(base_url, 0, {}, "")
        self.documents: list[requests.Response] = []  # every answer, for the H07 header check
        self.snapshots: list[tuple[str, str]] = []  # the procedure's pages as served, for H06

    def _go(self, method: str, url: str, data: dict[str, str] | None = None) -> HtmlPage:
        response = self.session.request(method, url, data=data, timeout=TIMEOUT)
        self.documents += [*response.history, response]
        self.page = HtmlPage(
            response.url, response.status_code, dict(response.headers), response.text
        )
        if self.procedure in response.url:
            self.snapshots.append((response.url, response.text))
        return self.page

    def _get(self, path: str) -> HtmlPage:
        """A page of the deployment by its path: under the target's own path, if it has one
        (``--target https://host/pro`` serves the login page at /pro/connexion)."""
        return self._go("GET", self.base_url + path)

    def _press(self, button: str, fields: dict[str, str] | None = None) -> HtmlPage:
        sent = forms.submission(self.page, button, fields)
        if sent.method == "post":
            return self._go("POST", sent.url, sent.data)
        prepared = requests.Request("GET", sent.url, params=sent.data).prepare()
        return self._go("GET", str(prepared.url))

    def _follow(self, link: str) -> HtmlPage:
        return self._go("GET", urljoin(self.page.url, str(self.page.link(link).get("href"))))

    def _expect(self, held: bool, message: str) -> None:
        if not held:
            raise NotOnPage(f"{message} (on {self.page.url}, status {self.page.status})")

    def _trail(self) -> list[tuple[str, bool]]:
        nav = self.page.region("nav", self.s.trail.name)
        self._expect(nav is not None, "no trail of the procedure")
        return [(own_text(li), li.get("aria-current") == "step") for li in nav.iter("li")]

    def current_step(self) -> str:
        """The trail's current step ("" when the page has no trail)."""
        nav = self.page.region("nav", self.s.trail.name)
        if nav is None:
            return ""
        return next((own_text(li) for li in nav.iter("li") if li.get("aria-current") == "step"), "")

    def open_path(self, path: str) -> int:
        return self._get(path).status

    def expect_message(self, message: str) -> None:
        wanted = self.s.say(message)
        self._expect(self.page.shows(wanted), f"the page does not say {wanted!r}")
