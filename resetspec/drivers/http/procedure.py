"""The HTTP driver's steps of the procedure: the image, the question, the new password."""

from __future__ import annotations

from urllib.parse import urljoin

from resetspec.drivers.contract import CAPTCHA_IMAGE, LEVEL
from resetspec.drivers.http.base import TIMEOUT, BrowserOnly, HttpBase
from resetspec.drivers.http.page import HtmlPage, NotOnPage, own_text


class ProcedureVerbs(HttpBase):
    def open_step1(self) -> None:
        self._get(self.s.step1.path)
        self._expect(self._on_step1(), "not on the first step")

    def follow_forgotten_password(self) -> None:
        self.open_login()
        self._follow(self.s.login.forgotten)

    def _on_step1(self) -> bool:
        return self.page.select(CAPTCHA_IMAGE) is not None

    def shown_image(self) -> str | None:
        """The CAPTCHA id of the page shown; None when it shows no image (not step 1)."""
        return self.captcha_id() if self._on_step1() else None

    def captcha_id(self) -> str:
        image = self.page.select(CAPTCHA_IMAGE)
        self._expect(image is not None, "no CAPTCHA image")
        return str(image.get("data-captcha-id") or "")

    def expect_image_shown(self) -> None:
        """The CAPTCHA image's address answers with a picture, as a browser would load it."""
        image = self.page.select(CAPTCHA_IMAGE)
        self._expect(image is not None, "no CAPTCHA image")
        address = urljoin(self.page.url, str(image.get("src") or ""))
        picture = self.session.get(address, timeout=TIMEOUT, headers={"Accept": "image/*"})
        kind = picture.headers.get("Content-Type", "")
        self._expect(
            picture.status_code == 200 and kind.startswith("image/") and bool(picture.content),
            f"the CAPTCHA image {address} answers {picture.status_code} {kind!r}",
        )

    def captcha_alt(self) -> str:
        image = self.page.select(CAPTCHA_IMAGE)
        return str(image.get("alt") or "") if image is not None else ""

    def submit_address(self, email: str, captcha: str) -> None:
        fields = {self.s.step1.email: email, self.s.step1.captcha: captcha}
        self._press(self.s.step1.next, fields)

    def change_image(self) -> str:
        old = self.captcha_id()
        self._press(self.s.step1.change_image)
        new = self.captcha_id()
        self._expect(new != old, "the image did not change")
        return new

    def play_audio(self) -> str:
        raise BrowserOnly("playing the audio extract needs a browser")

    def audio_url(self) -> str:
        audio = self.page.first("//audio")
        source = audio.get("src") if audio is not None else None
        if not source and self.page.links(self.s.step1.listen):
            source = self.page.link(self.s.step1.listen).get("href")
        self._expect(bool(source), "the audio alternative points nowhere")
        return urljoin(self.page.url, str(source))

    def fetch_audio(self) -> tuple[str, str, bytes]:
        url = self.audio_url()
        response = self.session.get(url, timeout=TIMEOUT)
        self._expect(response.ok, f"the audio alternative answered {response.status_code}")
        return url, response.headers.get("content-type", ""), response.content

    def _definition(self, term: str) -> str:
        found = self.page.definition(term)
        if found is None:
            raise NotOnPage(f"no {term!r} on {self.page.url}")
        return found

    def shown_question(self) -> str:
        return self._definition(self.s.step2.question)

    def expect_question(self, question: str, email: str) -> None:
        shown = self.shown_question()
        self._expect(shown == question, f"the question is {shown!r}, not {question!r}")
        self._expect(self.page.shows(email), f"the page does not say {email!r}")

    def answer(self, text: str) -> None:
        self._press(self.s.step2.next, {self.s.step2.answer: text})

    def choose_password(self, password: str, confirmation: str) -> bool:
        fields = {self.s.step3.password: password, self.s.step3.confirmation: confirmation}
        self._press(self.s.step3.validate, fields)
        return self.current_step() == self.s.trail.steps[3]

    def password_field_types(self) -> list[str]:
        names = (self.s.step3.password, self.s.step3.confirmation)
        return [str(self.page.field(name).get("type") or "") for name in names]

    def type_password(self, password: str) -> None:
        raise BrowserOnly("the security level reacts to typing through the page's script")

    def expect_security_level(self, text: str) -> None:
        level = self.page.select(LEVEL)
        shown = own_text(level) if level is not None else ""
        self._expect(shown == text, f"the security level reads {shown!r}, not {text!r}")

    def expect_password_note(self, note: str) -> None:
        """The note is shown beside the field: in its label, its description or its group."""
        note = self.s.say(note)
        self.expect_message(note)
        field = self.page.field(self.s.step3.password)
        self._expect(self.page.near(field, note), f"{note!r} is not shown with the field")

    def open_recommendations(self) -> None:
        raise BrowserOnly("the recommendations open in a dialog through the page's script")

    def recommendations_text(self) -> str:
        raise BrowserOnly("the recommendations open in a dialog through the page's script")

    def close_recommendations(self) -> None:
        raise BrowserOnly("the recommendations close in a dialog through the page's script")

    def expect_recommendations_closed(self) -> None:
        raise BrowserOnly("the recommendations close in a dialog through the page's script")

    def go_back(self) -> None:
        self._press(self.s.step2.previous)

    def open_new_password_step(self) -> int:
        return self.open_path(self.s.step3.path)

    def open_question_step(self) -> int:
        return self.open_path(self.s.step2.path)

    def open_summary_step(self) -> int:
        return self.open_path(self.s.step4.path)

    def reopen_step(self, step: str) -> None:
        self.open_path(self.s.step_paths()[self.s.say(step)])

    def post_form(self, form: str, fields: dict[str, str], method: str = "POST") -> tuple[int, str]:
        """A forged request: this visitor's cookies, the form's fields (by business name), no
        anti-forgery token; the answer's status and visible text."""
        url = self.base_url + self.s.form_paths()[form]
        data = self.s.form_data(fields)
        answer = self.session.request(
            method, url, data=data, timeout=TIMEOUT, allow_redirects=False
        )
        page = HtmlPage(answer.url, answer.status_code, dict(answer.headers), answer.text)
        return answer.status_code, page.text() if answer.text else ""

    def procedure_pages(self) -> list[tuple[str, str]]:
        return list(self.snapshots)

    def procedure_pages_cached(self) -> list[str]:
        return [
            r.url
            for r in self.documents
            if self.procedure in r.url and "no-store" not in r.headers.get("cache-control", "")
        ]

    def expect_current_step(self, step: str) -> None:
        wanted = self.s.say(step)
        current = [name for name, is_current in self._trail() if is_current]
        self._expect(current == [wanted], f"the current step is {current}, not {wanted!r}")

    def expect_reached(self, step: str) -> None:
        # The trail's current step, as the browser driver reads it: the address is no guide.
        wanted = self.s.say(step)
        shown = self.current_step()
        self._expect(shown == wanted, f"the procedure is at {shown!r}, not {wanted!r}")

    def expect_trail(self) -> None:
        names = [name for name, _ in self._trail()]
        self._expect(names == list(self.s.trail.steps), f"the trail lists {names}")

    def expect_field_error(self, field: str, message: str) -> None:
        name, message = self.s.field_names()[field], self.s.say(message)
        error = self.page.by_id(f"{name}-error")
        shown = own_text(error) if error is not None else None
        self._expect(shown == message, f"the {field} field says {shown!r}, not {message!r}")
        control = self.page.named(name)
        self._expect(control.get("aria-invalid") == "true", f"{name} is not aria-invalid")
        described = str(control.get("aria-describedby") or "").split()
        self._expect(f"{name}-error" in described, f"{name} is not described by its error")

    def expect_field_has_error(self, field: str) -> None:
        name = self.s.field_names()[field]
        self._expect(self.page.by_id(f"{name}-error") is not None, f"no error for {field}")
