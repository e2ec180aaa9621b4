"""The HTTP protocol driver: the same business actions as the browser driver, without a browser.

A ``requests.Session`` plays a browser with JavaScript off against the running app: it reads
the pages the app serves, fills forms by their labels, sends their anti-forgery tokens and
cookies, and follows redirects. It never calls the app's code, and loads no Playwright: the
words it looks for come from the page vocabulary (``drivers/surface.toml``). What only a
browser can show (scripts reacting to typing, dialogs, audio playing, the keyboard, axe-core)
raises ``BrowserOnly``; such scenarios carry ``@browser-only`` and are skipped before they start.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

from resetspec.drivers.contract import HOTLINE_STATUS, LOCKOUT
from resetspec.drivers.http.base import TIMEOUT, BrowserOnly
from resetspec.drivers.http.page import normal, own_text
from resetspec.drivers.http.procedure import ProcedureVerbs
from resetspec.drivers.surface import Surface, reference

__all__ = ["BrowserOnly", "HttpDriver"]


class HttpDriver(ProcedureVerbs):
    """One scenario's visitor: a cookie jar of its own and the page last served."""

    def __init__(
        self, base_url: str, headers: dict[str, str] | None = None, surface: Surface | None = None
    ) -> None:
        super().__init__(base_url, headers, surface or reference())

    # -- the channel ---------------------------------------------------------------------------
    def set_headers(self, headers: dict[str, str]) -> None:
        self.session.headers.update(headers)

    # -- login and space ----------------------------------------------------------------------
    def open_login(self) -> None:
        self._get(self.s.login.path)
        self.expect_login_page()

    def log_in(self, email: str, password: str) -> None:
        self.open_login()
        fields = {self.s.login.email: email, self.s.login.password: password}
        self._press(self.s.login.log_in, fields)

    def expect_login_page(self, heading: str | None = None) -> None:
        name = self.s.say(heading) if heading else self.s.login.heading
        self._expect(self.page.heading(name) is not None, f"no heading {name!r}")

    def expect_links(self, names: list[str]) -> None:
        missing = [name for name in map(self.s.say, names) if not self.page.links(name)]
        self._expect(not missing, f"no links {missing}")

    def expect_no_message(self, message: str) -> None:
        wanted = self.s.say(message)
        self._expect(not self.page.shows(wanted), f"the page says {wanted!r}")

    def expect_nothing_to_correct(self) -> None:
        alerts = self.page.tree.xpath('//*[@role="alert"] | //*[@aria-invalid="true"]')
        shown = [own_text(a) or a.get("name", "") for a in alerts]
        self._expect(not alerts, f"the page asks for something to be put right: {shown}")

    def last_status(self) -> int:
        return self.page.status

    def open_logout_address(self) -> int:
        return self.open_path(self.s.login.logout_path)

    def keyboard_play_audio(self) -> str:
        raise BrowserOnly("the keyboard needs a browser")

    def close_recommendations_with_escape(self) -> None:
        raise BrowserOnly("the recommendations close in a dialog through the page's script")

    def cookies(self) -> list[dict]:
        return [
            {"name": c.name, "value": c.value, "domain": c.domain, "path": c.path}
            for c in self.session.cookies
        ]

    def hidden_fields(self) -> dict[str, str]:
        found = self.page.tree.xpath("//form//input[@type='hidden'][@name]")
        return {str(i.get("name")): str(i.get("value") or "") for i in found}

    def restore_cookies(self, cookies: list[dict]) -> None:
        self.session.cookies.clear()
        for c in cookies:
            self.session.cookies.set(c["name"], c["value"], domain=c["domain"], path=c["path"])

    def follow_link(self, name: str) -> None:
        self._follow(self.s.say(name))

    def expect_heading(self, heading: str) -> None:
        name = self.s.say(heading)
        found = self.page.heading(name)
        self._expect(found is not None and found.tag == "h1", f"no heading {name!r}")

    def visit_quietly(self, form: str) -> int:
        url = self.base_url + self.s.form_paths()[form]
        return self.session.get(url, timeout=TIMEOUT, allow_redirects=False).status_code

    def keyboard_open_recommendations(self) -> None:
        raise BrowserOnly("the keyboard needs a browser")

    def cache_control(self) -> str:
        return self.page_header("cache-control")

    def page_header(self, name: str) -> str:
        """A header of the response that brought the page now shown ("" without one)."""
        return next((v for k, v in self.page.headers.items() if k.lower() == name.lower()), "")

    def login_password_type(self) -> str:
        return str(self.page.field(self.s.login.password).get("type") or "")

    def open_details_page(self) -> None:
        self._get(self.s.space.details_path)

    def expect_in_space(self) -> None:
        self._expect(self.in_space(), f"not in the space: no heading {self.s.space.heading!r}")

    def in_space(self) -> bool:
        return self.page.heading(self.s.space.heading) is not None

    def still_in_space(self) -> bool:
        self._get(self.s.space.path)
        return self.in_space()

    def companies(self) -> list[tuple[str, str]]:
        rows = self.page.table_columns(self.s.space.siren, self.s.space.name)
        self._expect(rows is not None, "no table of companies")
        return [(siren, name) for siren, name in rows]

    def open_details(self) -> None:
        details = self.s.space.details
        self._follow(details)
        self._expect(self.page.heading(details) is not None, f"no {details!r}")

    def details(self) -> dict[str, str]:
        space = self.s.space
        labels = (space.subscriber_number, space.login_address, space.question)
        return {label: self._definition(label) for label in labels}

    def page_html(self) -> str:
        return self.page.html

    def follow_summary(self, name: str) -> None:
        if self.s.say(name) == self.s.step4.quit:
            self._press(self.s.step4.quit)
        else:
            self._follow(self.s.say(name))

    # -- help ---------------------------------------------------------------------------------
    def open_help(self) -> None:
        self._get(self.s.help.path)

    def expect_help_link(self) -> None:
        """The login page's help link leads to the help page, under the target's own path."""
        href = urljoin(self.page.url, str(self.page.link(self.s.login.help).get("href")))
        wanted = self.base_url + self.s.help.path
        self._expect(href.split("#")[0] == wanted, f"the help link points to {href!r}")

    def follow_help(self) -> None:
        self._follow(self.s.login.help)

    def expect_help_page(self) -> None:
        heading = self.page.heading(self.s.help.heading)
        self._expect(heading is not None and heading.tag == "h1", "the help is not shown")

    def expect_fallback(self, items: list[str]) -> None:
        name = self.s.help.fallback_heading
        self._expect(self.page.heading(name) is not None, f"no heading {name!r}")
        for item in items:
            self.expect_message(item)

    def expect_hotline_open(self, is_open: bool) -> None:
        status = self.page.select(HOTLINE_STATUS)
        shown = own_text(status) if status is not None else ""
        wanted = self.s.help.open_now if is_open else self.s.help.closed_now
        self._expect(shown == wanted, f"the hotline status reads {shown!r}")

    def expect_no_lockout(self) -> None:
        notice = self.page.select(LOCKOUT)
        alerts = self.page.tree.xpath('//*[@role="alert"]')
        self._expect(notice is None and not alerts, "the help shows a lockout notice")

    def expect_lockout(self, message: str) -> None:
        notice = self.page.select(LOCKOUT)
        shown = own_text(notice) if notice is not None else None
        wanted = normal(self.s.say(message))
        self._expect(shown == wanted, f"the lockout notice reads {shown!r}")
        self._expect(notice.get("role") == "alert", "the lockout notice is not an alert")

    # -- support ------------------------------------------------------------------------------
    def _support_sign_in(self, login_name: str, password: str) -> None:
        support = self.s.support
        self._get(support.login_path)
        self._press(support.sign_in, {support.login: login_name, support.password: password})

    def support_log_in(self, login_name: str, password: str) -> None:
        self._support_sign_in(login_name, password)
        self.page.field(self.s.support.search)  # the lookup is offered once signed in

    def support_log_in_refused(self, login_name: str, password: str) -> None:
        self._support_sign_in(login_name, password)
        self.expect_message(self.s.support.sign_in_refused)
        self.page.field(self.s.support.login)  # the sign-in form again, not the lookup

    def open_support_lookup(self) -> None:
        self._get(self.s.support.lookup_path)

    def expect_support_login_page(self) -> None:
        self.page.field(self.s.support.login)  # raises when the sign-in form is not there
        self._expect(self.page.button(self.s.support.sign_in) is not None, "no sign-in button")

    def support_search(self, query: str) -> str:
        self._press(self.s.support.find, {self.s.support.search: query})
        main = self.page.first("//main")
        return own_text(main) if main is not None else ""

    # -- what needs a browser -----------------------------------------------------------------
    def blocking_accessibility_violations(self) -> list[str]:
        raise BrowserOnly("axe-core runs in a browser")

    def keyboard_reset(
        self, email: str, captcha: Callable[[str], str], answer: str, password: str
    ) -> None:
        raise BrowserOnly("moving with the keyboard needs a browser")

    # -- other devices ------------------------------------------------------------------------
    def another_device(self, headers: dict[str, str]) -> HttpDriver:
        return HttpDriver(self.base_url, headers, self.s)

    def can_log_in_elsewhere(self, email: str, password: str, headers: dict[str, str]) -> bool:
        """From a device of its own (a new cookie jar, through the login form)."""
        other = self.another_device(headers)
        try:
            other.log_in(email, password)
            return other.in_space()
        finally:
            other.close()

    def close(self) -> None:
        self.session.close()
