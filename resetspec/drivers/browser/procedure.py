"""The browser driver's steps of the procedure: the image, the question, the new password."""

from __future__ import annotations

import json

import lxml.html
from playwright.sync_api import expect

from resetspec.drivers.browser import field_errors, labels, nearby, settled, step1_address, trail
from resetspec.drivers.browser import step2_question as step2
from resetspec.drivers.browser import step3_password as step3
from resetspec.drivers.browser.base import COMMITTED, BrowserBase
from resetspec.drivers.browser.watch import PAGES_KEY
from resetspec.drivers.contract import LEVEL


class ProcedureVerbs(BrowserBase):
    def open_step1(self) -> None:
        # The image is what is read next; the fields are checked by whatever fills or reads them.
        step1_address.open_page(self.page, self.base_url, self.s)
        step1_address.expect_image(self.page)

    def shown_image(self) -> str | None:
        """The CAPTCHA id of the page shown; None when it shows no image (not step 1)."""
        if self.page.url == "about:blank":
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
        step1_address.fill(self.page, self.s, email, captcha)
        self.press(self.s.step1.next)

    def change_image(self) -> str:
        return step1_address.change_image(self.page, self.s)

    def play_audio(self) -> str:
        return step1_address.play_audio(self.page, self.s)

    def fetch_audio(self) -> tuple[str, str, bytes]:
        url = step1_address.audio_url(self.page, self.s)
        content_type, body = step1_address.fetch_audio(self.page, self.s)
        return url, content_type, body

    def shown_question(self) -> str:
        return step2.shown_question(self.page, self.s)

    def expect_question(self, question: str, email: str) -> None:
        shown = self.shown_question()
        assert shown == question, f"the question asked is {shown!r}, not {question!r}"
        step2.expect_address(self.page, email)

    def answer(self, text: str) -> None:
        labels.field(self.page, self.s.step2.answer).fill(text)
        self.press(self.s.step2.next)

    def choose_password(self, password: str, confirmation: str) -> bool:
        """Fill and validate step 3; True when the summary follows."""
        step3.fill(self.page, self.s, password, confirmation)
        self.press(self.s.step3.validate)
        return self.current_step() == self.s.trail.steps[3]

    def password_field_types(self) -> list[str]:
        names = (self.s.step3.password, self.s.step3.confirmation)
        fields = [labels.field(self.page, name) for name in names]
        return [field.get_attribute("type") or "" for field in fields]

    def type_password(self, password: str) -> None:
        step3.type_password(self.page, self.s, password)

    def expect_security_level(self, text: str) -> None:
        expect(self.page.locator(LEVEL)).to_have_text(text)

    def expect_password_note(self, note: str) -> None:
        """The note is shown beside the field: in its label, its description or its group."""
        note = self.s.say(note)
        expect(self.page.get_by_text(note, exact=True)).to_be_visible()
        field = labels.field(self.page, self.s.step3.password)
        assert field.evaluate(nearby.NOTE_NEAR, note), f"{note!r} is not shown with the field"

    def open_recommendations(self) -> None:
        step3.open_recommendations(self.page, self.s)

    def recommendations_text(self) -> str:
        dialog = step3.recommendations(self.page, self.s)
        expect(dialog).to_be_visible()
        return dialog.inner_text()

    def close_recommendations(self) -> None:
        step3.close_recommendations(self.page, self.s)

    def expect_recommendations_closed(self) -> None:
        expect(step3.recommendations(self.page, self.s)).to_be_hidden()

    def go_back(self) -> None:
        with self.page.expect_navigation(wait_until=COMMITTED):
            self.page.get_by_role("button", name=self.s.step2.previous).click()

    def open_new_password_step(self) -> int:
        return self.open_path(self.s.step3.path)

    def open_question_step(self) -> int:
        return self.open_path(self.s.step2.path)

    def open_summary_step(self) -> int:
        return self.open_path(self.s.step4.path)

    def reopen_step(self, step: str) -> None:
        self.open_path(self.s.step_paths()[self.s.say(step)])

    def post_form(self, form: str, fields: dict[str, str], method: str = "POST") -> tuple[int, str]:
        """A forged request: the page's cookies, the form's fields (by business name), no
        anti-forgery token; the answer's status and text."""
        url = self.base_url + self.s.form_paths()[form]
        data = self.s.form_data(fields)
        response = self.page.request.fetch(url, method=method, form=data, max_redirects=0)
        body = response.text() if method != "HEAD" else ""
        return response.status, lxml.html.fromstring(body).text_content() if body.strip() else ""

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
            if self.procedure in r.url and "no-store" not in (r.headers.get("cache-control") or "")
        ]

    def expect_current_step(self, step: str) -> None:
        trail.expect_current(self.page, self.s, self.s.say(step))

    def expect_reached(self, step: str) -> None:
        # A walk's guard: the trail's current step, as a reader sees where she stands (the
        # address is no guide: a wizard may live on one URL). Read already on this document
        # (step 3's post reads it), it is not asked for again: about 30 ms a journey.
        step = self.s.say(step)
        if self.step_read_here() != step:
            trail.expect_current(self.page, self.s, step)

    def expect_trail(self) -> None:
        trail.expect_steps(self.page, self.s)

    def expect_field_error(self, field: str, message: str) -> None:
        name = self.s.field_names()[field]
        field_errors.expect_error(self.page, name, self.s.say(message))

    def expect_field_has_error(self, field: str) -> None:
        expect(self.page.locator(f"#{self.s.field_names()[field]}-error")).to_be_visible()

    def expect_message(self, message: str) -> None:
        # Case and all, failing once the page has settled with what it shows instead.
        settled.expect_message(self.page, self.s.say(message))
