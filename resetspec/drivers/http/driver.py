"""The HTTP protocol driver: the same business actions as the browser driver, without a browser.

A ``requests.Session`` plays a browser with JavaScript off against the running app: it reads
the pages the app serves, fills forms by their labels, sends their anti-forgery tokens and
cookies, and follows redirects. It never calls the app's code. What only a browser can show
(scripts reacting to typing, dialogs, audio playing, the keyboard, axe-core) raises
``BrowserOnly``; such scenarios carry ``@browser-only`` and are skipped before they start.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin, urlparse

import requests

from resetspec.drivers.browser import (
    help,
    login,
    space,
    step1_address,
    step2_question,
    step3_password,
    step4_summary,
    support,
    trail,
)
from resetspec.drivers.browser.driver import FIELDS, FORM_PATHS, PROCEDURE
from resetspec.drivers.http import forms
from resetspec.drivers.http.page import HtmlPage, NotOnPage, normal, own_text
from resetspec.ports import session_for

TIMEOUT = 30
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class BrowserOnly(NotImplementedError):
    """An action only a real browser can carry out; tag its scenario ``@browser-only``."""


class HttpDriver:
    """One scenario's visitor: a cookie jar of its own and the page last served."""

    def __init__(self, base_url: str, headers: dict[str, str] | None = None) -> None:
        self.base_url = base_url
        self.session = session_for(base_url)
        self.session.headers["Accept-Language"] = "fr-FR"
        # What a browser asks for when it opens a page: a browser with its scripts off.
        self.session.headers["Accept"] = BROWSER_ACCEPT
        self.session.headers.update(headers or {})
        self.page = HtmlPage(base_url, 0, {}, "")
        self.documents: list[requests.Response] = []  # every answer, for the H07 header check
        self.snapshots: list[tuple[str, str]] = []  # the procedure's pages as served, for H06

    # -- the channel ---------------------------------------------------------------------------
    def set_headers(self, headers: dict[str, str]) -> None:
        self.session.headers.update(headers)

    def _go(self, method: str, url: str, data: dict[str, str] | None = None) -> HtmlPage:
        response = self.session.request(method, url, data=data, timeout=TIMEOUT)
        self.documents += [*response.history, response]
        self.page = HtmlPage(
            response.url, response.status_code, dict(response.headers), response.text
        )
        if PROCEDURE in response.url:
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

    def _showing(self, path: str) -> bool:
        """The current page is at ``path`` (whatever its query), as the browser driver asks."""
        return urlparse(self.page.url).path.endswith(path)

    def _expect(self, held: bool, message: str) -> None:
        if not held:
            raise NotOnPage(f"{message} (on {self.page.url}, status {self.page.status})")

    # -- login and space ----------------------------------------------------------------------
    def open_login(self) -> None:
        self._get(login.PATH)
        self.expect_login_page()

    def log_in(self, email: str, password: str) -> None:
        self.open_login()
        self._press(login.LOG_IN, {login.EMAIL: email, login.PASSWORD: password})

    def expect_login_page(self, heading: str = login.HEADING) -> None:
        self._expect(self.page.heading(heading) is not None, f"no heading {heading!r}")

    def expect_links(self, names: list[str]) -> None:
        missing = [name for name in names if not self.page.links(name)]
        self._expect(not missing, f"no links {missing}")

    def expect_message(self, message: str) -> None:
        self._expect(self.page.shows(message), f"the page does not say {message!r}")

    def expect_no_message(self, message: str) -> None:
        self._expect(not self.page.shows(message), f"the page says {message!r}")

    def expect_nothing_to_correct(self) -> None:
        alerts = self.page.tree.xpath('//*[@role="alert"] | //*[@aria-invalid="true"]')
        shown = [own_text(a) or a.get("name", "") for a in alerts]
        self._expect(not alerts, f"the page asks for something to be put right: {shown}")

    def last_status(self) -> int:
        return self.page.status

    def open_logout_address(self) -> int:
        return self.open_path(login.LOGOUT_PATH)

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
        self._follow(name)

    def expect_heading(self, heading: str) -> None:
        found = self.page.heading(heading)
        self._expect(found is not None and found.tag == "h1", f"no heading {heading!r}")

    def visit_quietly(self, form: str) -> int:
        url = self.base_url + FORM_PATHS[form]
        return self.session.get(url, timeout=TIMEOUT, allow_redirects=False).status_code

    def keyboard_open_recommendations(self) -> None:
        raise BrowserOnly("the keyboard needs a browser")

    def cache_control(self) -> str:
        return next((v for k, v in self.page.headers.items() if k.lower() == "cache-control"), "")

    def login_password_type(self) -> str:
        return str(self.page.field(login.PASSWORD).get("type") or "")

    def open_details_page(self) -> None:
        self._get(space.DETAILS_PATH)

    def expect_in_space(self) -> None:
        self._expect(self.in_space(), f"not in the space: no heading {space.HEADING!r}")

    def in_space(self) -> bool:
        return self.page.heading(space.HEADING) is not None

    def still_in_space(self) -> bool:
        self._get(space.PATH)
        return self.in_space()

    def companies(self) -> list[tuple[str, str]]:
        rows = self.page.table_columns(space.SIREN, space.NAME)
        self._expect(rows is not None, "no table of companies")
        return [(siren, name) for siren, name in rows]

    def open_details(self) -> None:
        self._follow(space.DETAILS)
        self._expect(self.page.heading(space.DETAILS) is not None, f"no {space.DETAILS!r}")

    def details(self) -> dict[str, str]:
        labels = (space.SUBSCRIBER_NUMBER, space.LOGIN_ADDRESS, space.QUESTION)
        return {label: self._definition(label) for label in labels}

    def _definition(self, term: str) -> str:
        found = self.page.definition(term)
        if found is None:
            raise NotOnPage(f"no {term!r} on {self.page.url}")
        return found

    def page_html(self) -> str:
        return self.page.html

    # -- the procedure ------------------------------------------------------------------------
    def open_step1(self) -> None:
        self._get(step1_address.PATH)
        self._expect(self._on_step1(), "not on the first step")

    def follow_forgotten_password(self) -> None:
        self.open_login()
        self._follow(login.FORGOTTEN)

    def _on_step1(self) -> bool:
        image = self.page.select(step1_address.CAPTCHA_IMAGE)
        return self._showing(step1_address.PATH) and image is not None

    def shown_image(self) -> str | None:
        """The CAPTCHA id of step 1 as shown; None when step 1 is not the current page."""
        return self.captcha_id() if self._on_step1() else None

    def captcha_id(self) -> str:
        image = self.page.select(step1_address.CAPTCHA_IMAGE)
        self._expect(image is not None, "no CAPTCHA image")
        return str(image.get("data-captcha-id") or "")

    def expect_image_shown(self) -> None:
        """The CAPTCHA image's address answers with a picture, as a browser would load it."""
        image = self.page.select(step1_address.CAPTCHA_IMAGE)
        self._expect(image is not None, "no CAPTCHA image")
        address = urljoin(self.page.url, str(image.get("src") or ""))
        picture = self.session.get(address, timeout=TIMEOUT, headers={"Accept": "image/*"})
        kind = picture.headers.get("Content-Type", "")
        self._expect(
            picture.status_code == 200 and kind.startswith("image/") and bool(picture.content),
            f"the CAPTCHA image {address} answers {picture.status_code} {kind!r}",
        )

    def captcha_alt(self) -> str:
        image = self.page.select(step1_address.CAPTCHA_IMAGE)
        return str(image.get("alt") or "") if image is not None else ""

    def submit_address(self, email: str, captcha: str) -> None:
        fields = {step1_address.EMAIL: email, step1_address.CAPTCHA: captcha}
        self._press(step1_address.CONTINUE, fields)

    def change_image(self) -> str:
        old = self.captcha_id()
        self._press(step1_address.CHANGE_IMAGE)
        new = self.captcha_id()
        self._expect(new != old, "the image did not change")
        return new

    def play_audio(self) -> str:
        raise BrowserOnly("playing the audio extract needs a browser")

    def audio_url(self) -> str:
        audio = self.page.first("//audio")
        source = audio.get("src") if audio is not None else None
        if not source and self.page.links(step1_address.LISTEN):
            source = self.page.link(step1_address.LISTEN).get("href")
        self._expect(bool(source), "the audio alternative points nowhere")
        return urljoin(self.page.url, str(source))

    def fetch_audio(self) -> tuple[str, str, bytes]:
        url = self.audio_url()
        response = self.session.get(url, timeout=TIMEOUT)
        self._expect(response.ok, f"the audio alternative answered {response.status_code}")
        return url, response.headers.get("content-type", ""), response.content

    def shown_question(self) -> str:
        return self._definition(step2_question.QUESTION_PREFIX.rstrip(" :"))

    def expect_question(self, question: str, email: str) -> None:
        shown = self.shown_question()
        self._expect(shown == question, f"the question is {shown!r}, not {question!r}")
        self.expect_message(email)

    def answer(self, text: str) -> None:
        self._press(step2_question.CONTINUE, {step2_question.ANSWER: text})

    def choose_password(self, password: str, confirmation: str) -> bool:
        fields = {step3_password.PASSWORD: password, step3_password.CONFIRMATION: confirmation}
        self._press(step3_password.VALIDATE, fields)
        return self._showing(step4_summary.PATH)

    def password_field_types(self) -> list[str]:
        names = (step3_password.PASSWORD, step3_password.CONFIRMATION)
        return [str(self.page.field(name).get("type") or "") for name in names]

    def type_password(self, password: str) -> None:
        raise BrowserOnly("the security level reacts to typing through the page's script")

    def expect_security_level(self, text: str) -> None:
        level = self.page.select(step3_password.LEVEL)
        shown = own_text(level) if level is not None else ""
        self._expect(shown == text, f"the security level reads {shown!r}, not {text!r}")

    def expect_password_note(self, note: str) -> None:
        self.expect_message(note)
        description = self.page.described_by(self.page.field(step3_password.PASSWORD))
        self._expect(note in description, f"the field's description is {description!r}")

    def open_recommendations(self) -> None:
        raise BrowserOnly("the recommendations open in a dialog through the page's script")

    def recommendations_text(self) -> str:
        raise BrowserOnly("the recommendations open in a dialog through the page's script")

    def close_recommendations(self) -> None:
        raise BrowserOnly("the recommendations close in a dialog through the page's script")

    def expect_recommendations_closed(self) -> None:
        raise BrowserOnly("the recommendations close in a dialog through the page's script")

    def go_back(self) -> None:
        self._press(step2_question.PREVIOUS)

    def open_path(self, path: str) -> int:
        return self._get(path).status

    def open_new_password_step(self) -> int:
        return self.open_path(step3_password.PATH)

    def open_question_step(self) -> int:
        return self.open_path(step2_question.PATH)

    def open_summary_step(self) -> int:
        return self.open_path(step4_summary.PATH)

    def reopen_step(self, step: str) -> None:
        self.open_path(trail.PATHS[step])

    def post_form(self, form: str, fields: dict[str, str], method: str = "POST") -> tuple[int, str]:
        """A forged request: this visitor's cookies, the form's fields, no anti-forgery token;
        the answer's status and visible text."""
        url = self.base_url + FORM_PATHS[form]
        answer = self.session.request(
            method, url, data=fields, timeout=TIMEOUT, allow_redirects=False
        )
        page = HtmlPage(answer.url, answer.status_code, dict(answer.headers), answer.text)
        return answer.status_code, page.text() if answer.text else ""

    def procedure_pages(self) -> list[tuple[str, str]]:
        return list(self.snapshots)

    def procedure_pages_cached(self) -> list[str]:
        return [
            r.url
            for r in self.documents
            if PROCEDURE in r.url and "no-store" not in r.headers.get("cache-control", "")
        ]

    def _trail(self) -> list[tuple[str, bool]]:
        nav = self.page.region("nav", trail.TRAIL)
        self._expect(nav is not None, "no trail of the procedure")
        return [(own_text(li), li.get("aria-current") == "step") for li in nav.iter("li")]

    def expect_current_step(self, step: str) -> None:
        current = [name for name, is_current in self._trail() if is_current]
        self._expect(current == [step], f"the current step is {current}, not {step!r}")

    def expect_reached(self, step: str) -> None:
        path = trail.PATHS[step]
        self._expect(self._showing(path), f"the procedure is not at {step!r} ({path})")

    def expect_trail(self) -> None:
        names = [name for name, _ in self._trail()]
        self._expect(names == list(trail.STEPS), f"the trail lists {names}")

    def expect_field_error(self, field: str, message: str) -> None:
        name = FIELDS[field]
        error = self.page.by_id(f"{name}-error")
        shown = own_text(error) if error is not None else None
        self._expect(shown == message, f"the {field} field says {shown!r}, not {message!r}")
        control = self.page.named(name)
        self._expect(control.get("aria-invalid") == "true", f"{name} is not aria-invalid")
        described = str(control.get("aria-describedby") or "").split()
        self._expect(f"{name}-error" in described, f"{name} is not described by its error")

    def expect_field_has_error(self, field: str) -> None:
        name = FIELDS[field]
        self._expect(self.page.by_id(f"{name}-error") is not None, f"no error for {field}")

    def follow_summary(self, name: str) -> None:
        if name == step4_summary.QUIT:
            self._press(step4_summary.QUIT)
        else:
            self._follow(name)

    # -- help ---------------------------------------------------------------------------------
    def open_help(self) -> None:
        self._get(help.PATH)

    def expect_help_link(self) -> None:
        href = self.page.link(login.HELP).get("href")
        self._expect(href == help.PATH, f"the help link points to {href!r}")

    def follow_help(self) -> None:
        self._follow(login.HELP)

    def expect_help_page(self) -> None:
        heading = self.page.heading(help.HEADING)
        self._expect(heading is not None and heading.tag == "h1", "the help is not shown")

    def expect_fallback(self, items: list[str]) -> None:
        heading = self.page.heading(help.FALLBACK_HEADING)
        self._expect(heading is not None, f"no heading {help.FALLBACK_HEADING!r}")
        for item in items:
            self.expect_message(item)

    def expect_hotline_open(self, is_open: bool) -> None:
        status = self.page.select(help.STATUS)
        shown = own_text(status) if status is not None else ""
        wanted = help.OPEN_NOW if is_open else help.CLOSED_NOW
        self._expect(shown == wanted, f"the hotline status reads {shown!r}")

    def expect_no_lockout(self) -> None:
        notice = self.page.select(help.LOCKOUT)
        alerts = self.page.tree.xpath('//*[@role="alert"]')
        self._expect(notice is None and not alerts, "the help shows a lockout notice")

    def expect_lockout(self, message: str) -> None:
        notice = self.page.select(help.LOCKOUT)
        shown = own_text(notice) if notice is not None else None
        self._expect(shown == normal(message), f"the lockout notice reads {shown!r}")
        self._expect(notice.get("role") == "alert", "the lockout notice is not an alert")

    # -- support ------------------------------------------------------------------------------
    def _support_sign_in(self, login_name: str, password: str) -> None:
        self._get(support.LOGIN_PATH)
        self._press(support.SIGN_IN, {support.LOGIN: login_name, support.PASSWORD: password})

    def support_log_in(self, login_name: str, password: str) -> None:
        self._support_sign_in(login_name, password)
        self.page.field(support.SEARCH)  # the lookup is offered once signed in

    def support_log_in_refused(self, login_name: str, password: str) -> None:
        self._support_sign_in(login_name, password)
        self.expect_message(support.SIGN_IN_REFUSED)
        self.page.field(support.LOGIN)  # the sign-in form again, not the lookup

    def open_support_lookup(self) -> None:
        self._get(support.LOOKUP_PATH)

    def expect_support_login_page(self) -> None:
        self.page.field(support.LOGIN)  # raises when the sign-in form is not there
        self._expect(self.page.button(support.SIGN_IN) is not None, "no sign-in button")

    def support_search(self, query: str) -> str:
        self._press(support.FIND, {support.SEARCH: query})
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
        return HttpDriver(self.base_url, headers)

    def can_log_in_elsewhere(self, email: str, password: str, headers: dict[str, str]) -> bool:
        return log_in_elsewhere(self.base_url, email, password, headers)

    def close(self) -> None:
        self.session.close()


def log_in_elsewhere(base_url: str, email: str, password: str, headers: dict[str, str]) -> bool:
    """From a device of its own (a new cookie jar, through the login form): does the password
    open the space? Both drivers ask it so: a second browser context cost a renderer process
    and two page loads for a yes or a no."""
    other = HttpDriver(base_url, headers)
    try:
        other.log_in(email, password)
        return other.in_space()
    finally:
        other.close()
