"""The browser protocol driver: business-level actions carried out through Playwright.

The domain layer (``resetspec.dsl``) calls these methods with plain values; only this package
knows the pages, their French labels and the contract's selectors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import lxml.html
from playwright.sync_api import BrowserContext, Page, Response, expect

from resetspec.drivers.browser import (
    accessibility,
    field_errors,
    help,
    keyboard,
    labels,
    login,
    settled,
    space,
    step1_address,
    step2_question,
    step3_password,
    step4_summary,
    support,
    trail,
)

# The business names of the fields the features talk about, and their form names.
FIELDS = {
    "address": "email",
    "image": "captcha",
    "answer": "answer",
    "new password": "password",
    "confirmation": "confirmation",
}


PROCEDURE = "/mot-de-passe-oublie/"
# Where each form the features name is sent (H07's forged requests).
FORM_PATHS = {
    "login": login.PATH,
    "address": step1_address.PATH,
    "Changer l'image": step1_address.CHANGE_IMAGE_PATH,
    "answer": step2_question.PATH,
    "Etape précédente": step2_question.PREVIOUS_PATH,
    "Quitter": login.LOGOUT_PATH,
    "new password": step3_password.PATH,
}
# A form's post returns once the next page is committed: what follows waits for its own
# elements (Playwright's auto-waiting), as a person reads while the page finishes; waiting
# for every page's "load" first cost about 15 ms a step. Reads that do not wait settle first.
COMMITTED = "commit"
PAGES_KEY = "resetspec:procedure-pages"
# Keeps each page of the procedure as served, in the tab's sessionStorage, from inside the
# page: the bodies of pages navigated away from cannot be read later, and asking the browser
# for every page's HTML after every step cost a round trip each (about 20 ms) for a check
# one scenario makes (H06).
KEEP_PAGES = f"""
addEventListener("DOMContentLoaded", () => {{
  if (!location.pathname.includes("{PROCEDURE}")) return;
  const kept = JSON.parse(sessionStorage.getItem("{PAGES_KEY}") || "[]");
  kept.push([location.href, document.documentElement.outerHTML]);
  sessionStorage.setItem("{PAGES_KEY}", JSON.stringify(kept));
}});
"""


class BrowserDriver:
    """One scenario's browser: a context of its own and its current page."""

    def __init__(self, context: BrowserContext, base_url: str) -> None:
        self.context = context
        self.base_url = base_url
        self.page: Page = context.pages[0] if context.pages else context.new_page()
        self.devices: list[BrowserContext] = []  # other devices, closed with this one
        self.documents: list[Response] = []  # every page served, for the H07 header check
        self.axe_report: dict[str, object] | None = None  # the last axe-core run, compact
        self.page.add_init_script(script=KEEP_PAGES)
        self.page.on("response", self._record)

    def _record(self, response: Response) -> None:
        if response.request.resource_type == "document":
            self.documents.append(response)

    # -- headers (the scenario's clock and client token) --------------------------------------
    def set_headers(self, headers: dict[str, str]) -> None:
        self.context.set_extra_http_headers(headers)

    # -- login and space ----------------------------------------------------------------------
    def open_login(self) -> None:
        login.open_page(self.page, self.base_url)

    def log_in(self, email: str, password: str) -> None:
        login.open_page(self.page, self.base_url)
        login.log_in(self.page, email, password)

    def expect_login_page(self, heading: str = login.HEADING) -> None:
        expect(self.page.get_by_role("heading", name=heading)).to_be_visible()

    def expect_links(self, names: list[str]) -> None:
        for name in names:
            expect(self.page.get_by_role("link", name=name, exact=True).first).to_be_visible()

    def expect_message(self, message: str) -> None:
        # Case and all, failing once the page has settled with what it shows instead.
        settled.expect_message(self.page, message)

    def expect_no_message(self, message: str) -> None:
        self.settle()  # the page as served, before saying what it does not say
        expect(self.page.get_by_text(re.compile(re.escape(message)))).to_have_count(0)

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
        return self.open_path(login.LOGOUT_PATH)

    def keyboard_play_audio(self) -> str:
        keyboard.press(self.page, step1_address.LISTEN)
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
            self.page.get_by_role("link", name=name, exact=True).first.click()

    def expect_heading(self, heading: str) -> None:
        expect(self.page.get_by_role("heading", name=heading, exact=True, level=1)).to_be_visible()

    def visit_quietly(self, form: str) -> int:
        """A plain GET of where a form posts, as a link or an image elsewhere would make it,
        with this browser's cookies, the page shown staying as it is."""
        response = self.page.request.get(self.base_url + FORM_PATHS[form], max_redirects=0)
        return response.status

    def keyboard_open_recommendations(self) -> None:
        keyboard.press(self.page, step3_password.RECOMMENDATIONS)
        expect(step3_password.recommendations(self.page)).to_be_visible()

    def cache_control(self) -> str:
        """The Cache-Control header of the page now shown."""
        shown = [r for r in self.documents if r.url == self.page.url]
        return (shown[-1].headers.get("cache-control") or "") if shown else ""

    def login_password_type(self) -> str:
        return labels.field(self.page, login.PASSWORD).get_attribute("type") or ""

    def open_details_page(self) -> None:
        self.page.goto(self.base_url + space.DETAILS_PATH)

    def expect_in_space(self) -> None:
        space.expect_shown(self.page)

    def in_space(self) -> bool:
        return self.page.get_by_role("heading", name=space.HEADING).is_visible()

    def still_in_space(self) -> bool:
        """Open the space again: a live session shows it, an ended one the login page."""
        self.page.goto(self.base_url + space.PATH)
        return self.in_space()

    def companies(self) -> list[tuple[str, str]]:
        return space.companies(self.page)

    def open_details(self) -> None:
        space.open_details(self.page)

    def details(self) -> dict[str, str]:
        labels = (space.SUBSCRIBER_NUMBER, space.LOGIN_ADDRESS, space.QUESTION)
        return {label: space.detail(self.page, label) for label in labels}

    def page_html(self) -> str:
        self.settle()
        return self.page.content()

    # -- the procedure ------------------------------------------------------------------------
    def open_step1(self) -> None:
        # The image is what is read next; the fields are checked by whatever fills or reads them.
        step1_address.open_page(self.page, self.base_url)
        step1_address.expect_image(self.page)

    def follow_forgotten_password(self) -> None:
        login.open_page(self.page, self.base_url)
        login.start_forgotten_password(self.page)

    def shown_image(self) -> str | None:
        """The CAPTCHA id of step 1 as shown; None when step 1 is not the current page.

        One round trip: it is read before every first step."""
        if not self._showing(step1_address.PATH):
            return None
        self.page.wait_for_load_state("domcontentloaded")
        return step1_address.shown_image(self.page)

    def captcha_id(self) -> str:
        return step1_address.captcha_id(self.page)

    def expect_image_shown(self) -> None:
        step1_address.expect_image_shown(self.page)

    def captcha_alt(self) -> str:
        return self.page.locator(step1_address.CAPTCHA_IMAGE).get_attribute("alt") or ""

    def submit_address(self, email: str, captcha: str) -> None:
        step1_address.fill(self.page, email, captcha)
        with self.page.expect_navigation(wait_until=COMMITTED):
            step1_address.submit(self.page)

    def change_image(self) -> str:
        return step1_address.change_image(self.page)

    def play_audio(self) -> str:
        return step1_address.play_audio(self.page)

    def fetch_audio(self) -> tuple[str, str, bytes]:
        url = step1_address.audio_url(self.page)
        content_type, body = step1_address.fetch_audio(self.page)
        return url, content_type, body

    def shown_question(self) -> str:
        return step2_question.shown_question(self.page)

    def expect_question(self, question: str, email: str) -> None:
        step2_question.expect_question(self.page, question)
        step2_question.expect_address(self.page, email)

    def answer(self, text: str) -> None:
        with self.page.expect_navigation(wait_until=COMMITTED):
            step2_question.answer(self.page, text)

    def choose_password(self, password: str, confirmation: str) -> bool:
        """Fill and validate step 3; True when the summary follows."""
        step3_password.fill(self.page, password, confirmation)
        with self.page.expect_navigation(wait_until=COMMITTED):
            step3_password.validate(self.page)
        return self._showing(step4_summary.PATH)

    def password_field_types(self) -> list[str]:
        names = (step3_password.PASSWORD, step3_password.CONFIRMATION)
        fields = [labels.field(self.page, name) for name in names]
        return [field.get_attribute("type") or "" for field in fields]

    def type_password(self, password: str) -> None:
        step3_password.type_password(self.page, password)

    def expect_security_level(self, text: str) -> None:
        expect(self.page.locator(step3_password.LEVEL)).to_have_text(text)

    def expect_password_note(self, note: str) -> None:
        """The note is shown and announced with the field (its accessible description)."""
        expect(self.page.get_by_text(note, exact=True)).to_be_visible()
        field = labels.field(self.page, step3_password.PASSWORD)
        expect(field).to_have_accessible_description(re.compile(re.escape(note)))

    def open_recommendations(self) -> None:
        step3_password.open_recommendations(self.page)

    def recommendations_text(self) -> str:
        dialog = step3_password.recommendations(self.page)
        expect(dialog).to_be_visible()
        return dialog.inner_text()

    def close_recommendations(self) -> None:
        step3_password.close_recommendations(self.page)

    def expect_recommendations_closed(self) -> None:
        expect(step3_password.recommendations(self.page)).to_be_hidden()

    def go_back(self) -> None:
        with self.page.expect_navigation(wait_until=COMMITTED):
            self.page.get_by_role("button", name=step2_question.PREVIOUS).click()

    def open_path(self, path: str) -> int:
        response = self.page.goto(self.base_url + path)
        return response.status if response else 0

    def open_new_password_step(self) -> int:
        return self.open_path(step3_password.PATH)

    def open_question_step(self) -> int:
        return self.open_path(step2_question.PATH)

    def open_summary_step(self) -> int:
        return self.open_path(step4_summary.PATH)

    def reopen_step(self, step: str) -> None:
        self.open_path(trail.PATHS[step])

    def post_form(self, form: str, fields: dict[str, str], method: str = "POST") -> tuple[int, str]:
        """A forged request: the page's cookies, the form's fields, no anti-forgery token; the
        answer's status and text."""
        url = self.base_url + FORM_PATHS[form]
        response = self.page.request.fetch(url, method=method, form=fields, max_redirects=0)
        body = response.text() if method != "HEAD" else ""
        return response.status, lxml.html.fromstring(body).text_content() if body.strip() else ""

    def _showing(self, path: str) -> bool:
        """The current page is at ``path`` (whatever its query)."""
        return self.page.url.split("?")[0].endswith(path)

    def settle(self) -> None:
        """Wait for the current page's "load": its styles and images are there."""
        self.page.wait_for_load_state()

    def procedure_pages(self) -> list[tuple[str, str]]:
        """(URL, HTML) of every page of the procedure this scenario's page showed."""
        self.settle()
        kept = self.page.evaluate(f"sessionStorage.getItem({PAGES_KEY!r})")
        return [(url, html) for url, html in json.loads(kept or "[]")]

    def procedure_pages_cached(self) -> list[str]:
        """The procedure's pages served without ``Cache-Control: no-store``."""
        return [
            r.url
            for r in self.documents
            if PROCEDURE in r.url and "no-store" not in (r.headers.get("cache-control") or "")
        ]

    def expect_current_step(self, step: str) -> None:
        trail.expect_current(self.page, step)

    def expect_reached(self, step: str) -> None:
        # A walk's guard reads the address the post led to, which the page already knows: asking
        # the page for its trail cost about 6 ms a step. The trail is checked where a rule is.
        path = trail.PATHS[step]
        assert self._showing(path), f"the procedure is not at {step!r} ({path}): {self.page.url}"

    def expect_trail(self) -> None:
        trail.expect_steps(self.page)

    def expect_field_error(self, field: str, message: str) -> None:
        field_errors.expect_error(self.page, FIELDS[field], message)

    def expect_field_has_error(self, field: str) -> None:
        expect(self.page.locator(f"#{FIELDS[field]}-error")).to_be_visible()

    def follow_summary(self, name: str) -> None:
        if name == step4_summary.QUIT:
            step4_summary.quit_procedure(self.page)
        else:
            self.page.get_by_role("link", name=name).click()

    # -- help ---------------------------------------------------------------------------------
    def open_help(self) -> None:
        help.open_page(self.page, self.base_url)

    def expect_help_link(self) -> None:
        link = self.page.get_by_role("link", name=login.HELP, exact=True).first
        expect(link).to_have_attribute("href", help.PATH)

    def follow_help(self) -> None:
        login.open_help(self.page)

    def expect_help_page(self) -> None:
        help.expect_shown(self.page)

    def expect_fallback(self, items: list[str]) -> None:
        expect(self.page.get_by_role("heading", name=help.FALLBACK_HEADING)).to_be_visible()
        for item in items:
            expect(self.page.get_by_text(item).first).to_be_visible()

    def expect_hotline_open(self, is_open: bool) -> None:
        help.expect_status(self.page, is_open)

    def expect_lockout(self, message: str) -> None:
        help.expect_lockout(self.page, message)

    def expect_no_lockout(self) -> None:
        self.settle()
        expect(self.page.locator(help.LOCKOUT)).to_have_count(0)
        expect(self.page.get_by_role("alert")).to_have_count(0)

    # -- support ------------------------------------------------------------------------------
    def support_log_in(self, login_name: str, password: str) -> None:
        support.log_in(self.page, self.base_url, login_name, password)

    def support_log_in_refused(self, login_name: str, password: str) -> None:
        support.log_in(self.page, self.base_url, login_name, password, signed_in=False)

    def open_support_lookup(self) -> None:
        self.page.goto(self.base_url + support.LOOKUP_PATH)

    def expect_support_login_page(self) -> None:
        expect(labels.field(self.page, support.LOGIN)).to_be_visible()
        expect(self.page.get_by_role("button", name=support.SIGN_IN)).to_be_visible()

    def support_search(self, query: str) -> str:
        support.search(self.page, query)
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
        page = self.page
        login.open_page(page, self.base_url)
        keyboard.press(page, login.FORGOTTEN)
        step1_address.expect_shown(page)
        keyboard.type_into(page, step1_address.EMAIL, email)
        keyboard.type_into(page, step1_address.CAPTCHA, captcha(self.captcha_id()))
        keyboard.press(page, step1_address.CONTINUE)
        step2_question.expect_shown(page)
        keyboard.type_into(page, step2_question.ANSWER, answer)
        keyboard.press(page, step2_question.CONTINUE)
        step3_password.expect_shown(page)
        keyboard.type_into(page, step3_password.PASSWORD, password)
        keyboard.type_into(page, step3_password.CONFIRMATION, password)
        keyboard.press(page, step3_password.VALIDATE)
        step4_summary.expect_shown(page)

    # -- a second, independent visitor (checks that must not disturb the scenario's session) --
    def another_device(self, headers: dict[str, str]) -> BrowserDriver:
        """A second browser context of the same browser: another device, other cookies."""
        other = self.context.browser.new_context(extra_http_headers=headers)
        self.devices.append(other)
        return BrowserDriver(other, self.base_url)

    def close(self) -> None:
        for device in self.devices:
            device.close()
        self.context.close()

    def can_log_in_elsewhere(self, email: str, password: str, headers: dict[str, str]) -> bool:
        """From another device: a plain HTTP client through the login form."""
        from resetspec.drivers.http.driver import log_in_elsewhere  # it imports this module

        return log_in_elsewhere(self.base_url, email, password, headers)
