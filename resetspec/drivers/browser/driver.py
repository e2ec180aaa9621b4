"""The browser protocol driver: business-level actions carried out through Playwright.

The domain layer (``resetspec.domain``) calls these methods with plain values; only this package
knows how to find things on a page, and the page vocabulary (``drivers/surface.toml``) says
what they are called.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import BrowserContext, expect

from resetspec.drivers.browser import (
    accessibility,
    help,
    keyboard,
    labels,
    login,
    space,
    step1_address,
    step2_question,
    step3_password,
    step4_summary,
    support,
)
from resetspec.drivers.browser.base import COMMITTED
from resetspec.drivers.browser.procedure import ProcedureVerbs
from resetspec.drivers.elsewhere import log_in_elsewhere
from resetspec.drivers.surface import Surface, reference


class BrowserDriver(ProcedureVerbs):
    """One scenario's browser: a context of its own and its current page."""

    def __init__(
        self, context: BrowserContext, base_url: str, surface: Surface | None = None
    ) -> None:
        super().__init__(context, base_url, surface or reference())
        self.devices: list[BrowserContext] = []  # other devices, closed with this one
        self.axe_report: dict[str, object] | None = None  # the last axe-core run, compact

    # -- headers (the scenario's clock and client token) --------------------------------------
    def set_headers(self, headers: dict[str, str]) -> None:
        self.context.set_extra_http_headers(headers)

    # -- login and space ----------------------------------------------------------------------
    def open_login(self) -> None:
        login.open_page(self.page, self.base_url, self.s)

    def log_in(self, email: str, password: str) -> None:
        login.open_page(self.page, self.base_url, self.s)
        login.log_in(self.page, self.s, email, password)

    def expect_login_page(self, heading: str | None = None) -> None:
        name = self.s.say(heading) if heading else self.s.login.heading
        expect(self.page.get_by_role("heading", name=name)).to_be_visible()

    def expect_links(self, names: list[str]) -> None:
        for name in names:
            link = self.page.get_by_role("link", name=self.s.say(name), exact=True).first
            expect(link).to_be_visible()

    def expect_no_message(self, message: str) -> None:
        self.settle()  # the page as served, before saying what it does not say
        wanted = re.compile(re.escape(self.s.say(message)))
        expect(self.page.get_by_text(wanted)).to_have_count(0)

    def expect_nothing_to_correct(self) -> None:
        """No alert and no field marked invalid: the page asks for nothing to be put right."""
        self.settle()
        expect(self.page.get_by_role("alert")).to_have_count(0)
        expect(self.page.locator('[aria-invalid="true"]')).to_have_count(0)

    def last_status(self) -> int:
        """The HTTP status of the page now shown."""
        shown = [r for r in self.documents if r.url == self.page.url]
        return shown[-1].status if shown else 0

    def open_logout_address(self) -> int:
        """A plain visit to where "Quitter" posts, as a link from elsewhere would make."""
        return self.open_path(self.s.login.logout_path)

    def keyboard_play_audio(self) -> str:
        keyboard.press(self.page, self.s.step1.listen)
        playing = self.page.wait_for_function(step1_address.PLAYING, timeout=step1_address.AUDIO_MS)
        return playing.json_value()

    def close_recommendations_with_escape(self) -> None:
        self.page.keyboard.press("Escape")

    def cookies(self) -> list[dict]:
        """What the browser keeps for the site now, to be put back later (a replay)."""
        return [dict(c) for c in self.context.cookies()]

    def hidden_fields(self) -> dict[str, str]:
        """The hidden fields the page's forms send (their anti-forgery token, say)."""
        self.page.wait_for_load_state("domcontentloaded")
        pairs = self.page.locator("form input[type=hidden][name]").evaluate_all(
            "inputs => inputs.map(i => [i.name, i.value])"
        )
        return dict(pairs)

    def restore_cookies(self, cookies: list[dict]) -> None:
        self.context.clear_cookies()
        self.context.add_cookies(cookies)  # type: ignore[arg-type]

    def follow_link(self, name: str) -> None:
        with self.page.expect_navigation(wait_until=COMMITTED):
            self.page.get_by_role("link", name=self.s.say(name), exact=True).first.click()

    def expect_heading(self, heading: str) -> None:
        name = self.s.say(heading)
        expect(self.page.get_by_role("heading", name=name, exact=True, level=1)).to_be_visible()

    def visit_quietly(self, form: str) -> int:
        """A plain GET of where a form posts, as a link or an image elsewhere would make it,
        with this browser's cookies, the page shown staying as it is."""
        url = self.base_url + self.s.form_paths()[form]
        return self.page.request.get(url, max_redirects=0).status

    def keyboard_open_recommendations(self) -> None:
        keyboard.press(self.page, self.s.step3.recommendations)
        expect(step3_password.recommendations(self.page, self.s)).to_be_visible()

    def cache_control(self) -> str:
        """The Cache-Control header of the page now shown."""
        return self.page_header("cache-control")

    def page_header(self, name: str) -> str:
        """A header of the response that brought the page now shown ("" without one)."""
        shown = [r for r in self.documents if r.url == self.page.url]
        return (shown[-1].headers.get(name.lower()) or "") if shown else ""

    def login_password_type(self) -> str:
        return labels.field(self.page, self.s.login.password).get_attribute("type") or ""

    def open_details_page(self) -> None:
        self.page.goto(self.base_url + self.s.space.details_path)

    def expect_in_space(self) -> None:
        space.expect_shown(self.page, self.s)

    def in_space(self) -> bool:
        return self.page.get_by_role("heading", name=self.s.space.heading).is_visible()

    def still_in_space(self) -> bool:
        """Open the space again: a live session shows it, an ended one the login page."""
        self.page.goto(self.base_url + self.s.space.path)
        return self.in_space()

    def companies(self) -> list[tuple[str, str]]:
        return space.companies(self.page, self.s)

    def open_details(self) -> None:
        space.open_details(self.page, self.s)

    def details(self) -> dict[str, str]:
        return space.details(self.page, self.s)

    def page_html(self) -> str:
        self.settle()
        return self.page.content()

    def follow_forgotten_password(self) -> None:
        login.open_page(self.page, self.base_url, self.s)
        login.start_forgotten_password(self.page, self.s)

    def follow_summary(self, name: str) -> None:
        if self.s.say(name) == self.s.step4.quit:
            step4_summary.quit_procedure(self.page, self.s)
        else:
            self.page.get_by_role("link", name=self.s.say(name)).click()

    # -- help ---------------------------------------------------------------------------------
    def open_help(self) -> None:
        help.open_page(self.page, self.base_url, self.s)

    def expect_help_link(self) -> None:
        """The login page's help link leads to the help page, under the target's own path."""
        link = self.page.get_by_role("link", name=self.s.login.help, exact=True).first
        expect(link).to_be_visible()
        href = link.evaluate("a => a.href")  # resolved against the page, as a click would
        wanted = self.base_url + self.s.help.path
        assert href.split("#")[0] == wanted, f"the help link points to {href!r}, not {wanted!r}"

    def follow_help(self) -> None:
        login.open_help(self.page, self.s)

    def expect_help_page(self) -> None:
        help.expect_shown(self.page, self.s)

    def expect_fallback(self, items: list[str]) -> None:
        heading = self.page.get_by_role("heading", name=self.s.help.fallback_heading)
        expect(heading).to_be_visible()
        for item in items:
            expect(self.page.get_by_text(self.s.say(item)).first).to_be_visible()

    def expect_hotline_open(self, is_open: bool) -> None:
        help.expect_status(self.page, self.s, is_open)

    def expect_lockout(self, message: str) -> None:
        help.expect_lockout(self.page, self.s.say(message))

    def expect_no_lockout(self) -> None:
        self.settle()
        expect(self.page.locator(help.LOCKOUT)).to_have_count(0)
        expect(self.page.get_by_role("alert")).to_have_count(0)

    # -- support ------------------------------------------------------------------------------
    def support_log_in(self, login_name: str, password: str) -> None:
        support.log_in(self.page, self.base_url, self.s, login_name, password)

    def support_log_in_refused(self, login_name: str, password: str) -> None:
        support.log_in(self.page, self.base_url, self.s, login_name, password, signed_in=False)

    def open_support_lookup(self) -> None:
        self.page.goto(self.base_url + self.s.support.lookup_path)

    def expect_support_login_page(self) -> None:
        expect(labels.field(self.page, self.s.support.login)).to_be_visible()
        expect(self.page.get_by_role("button", name=self.s.support.sign_in)).to_be_visible()

    def support_search(self, query: str) -> str:
        support.search(self.page, self.s, query)
        return support.result(self.page).inner_text()

    # -- accessibility and keyboard -----------------------------------------------------------
    def blocking_accessibility_violations(self) -> list[str]:
        self.settle()
        response = accessibility.run(self.page)
        self.axe_report = accessibility.report(response)  # kept as evidence, for RGAA
        return accessibility.blocking_violations(response)

    def keyboard_reset(
        self, email: str, captcha: Callable[[str], str], answer: str, password: str
    ) -> None:
        """The whole procedure with Tab, typing and Enter only; ``captcha`` reads the image."""
        page, s = self.page, self.s
        login.open_page(page, self.base_url, s)
        keyboard.press(page, s.login.forgotten)
        step1_address.expect_shown(page, s)
        keyboard.type_into(page, s.step1.email, email)
        keyboard.type_into(page, s.step1.captcha, captcha(self.captcha_id()))
        keyboard.press(page, s.step1.next)
        step2_question.expect_shown(page, s)
        keyboard.type_into(page, s.step2.answer, answer)
        keyboard.press(page, s.step2.next)
        step3_password.expect_shown(page, s)
        keyboard.type_into(page, s.step3.password, password)
        keyboard.type_into(page, s.step3.confirmation, password)
        keyboard.press(page, s.step3.validate)
        step4_summary.expect_shown(page, s)

    # -- a second, independent visitor (checks that must not disturb the scenario's session) --
    def another_device(self, headers: dict[str, str]) -> BrowserDriver:
        """A second browser context of the same browser: another device, other cookies."""
        other = self.context.browser.new_context(extra_http_headers=headers)
        self.devices.append(other)
        return BrowserDriver(other, self.base_url, self.s)

    def close(self) -> None:
        for device in self.devices:
            device.close()
        self.context.close()

    def can_log_in_elsewhere(self, email: str, password: str, headers: dict[str, str]) -> bool:
        """From another device: a plain HTTP client through the login form."""
        return log_in_elsewhere(self.base_url, email, password, headers, self.s)
