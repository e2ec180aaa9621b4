"""The domain layer's verbs for what other browsers and kept cookies may try: a replay of an
earlier request with the cookies of its time, two procedures side by side, another visitor's
procedure and image. Mixed into ``ResetSpec`` (H01, H04, H05, G12)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resetspec.domain.dsl_help import UNKNOWN_DOMAIN
from resetspec.drivers import surface
from resetspec.mail import mail_reading

if TYPE_CHECKING:
    from resetspec.domain.dsl import ResetSpec
    from resetspec.drivers.protocol import Driver

STEP1, STEP2, STEP3, SUMMARY = surface.reference().step_names()
REDIRECTS = (301, 302, 303, 307, 308)
QUIT = "Quitter"


@dataclass
class Kept:
    """A request as it was sent, with the browser's cookies of that moment, to send again."""

    form: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    cookies: list[dict] = field(default_factory=list)
    status: int = 0
    text: str = ""


class ReplayVerbs:
    """Uses the scenario's driver, its first browser, personas and sightings."""

    def _keep(self: ResetSpec, form: str, fields: dict[str, str]) -> None:
        self.seen.kept = Kept(
            form, {**self.driver.hidden_fields(), **fields}, self.driver.cookies()
        )

    def answer_in_first_browser(self: ResetSpec, name: str, answer: str) -> None:
        """Back in the scenario's own browser, left at the question, answer it."""
        self.driver = self.first_driver
        self.answer_question(name, answer)

    def replay_kept(self: ResetSpec) -> None:
        """Put the kept cookies back and send the kept request again, as it was."""
        kept = self.seen.kept
        assert kept.form, "nothing was kept to replay in this scenario"
        self.driver.restore_cookies(kept.cookies)
        kept.status, kept.text = self.driver.post_form(kept.form, kept.fields)

    # -- H01: an image's characters, once --------------------------------------------------
    def start_reset_keeping_a_copy(self: ResetSpec, name: str) -> None:
        self.act_as(name)
        image = self._read_current_image() or self.open_first_step(name)
        characters = self.seen.answers[image or ""]
        self._keep("address", {"address": self.who(name).persona.email, "image": characters})
        self.start_reset(name)
        self.driver.expect_reached(STEP2)

    def fail_reset_keeping_a_copy(self: ResetSpec, name: str) -> None:
        """A wrong attempt on the image; what is kept for the replay carries the right
        characters of that same image, with the cookies of the moment."""
        self.act_as(name)
        image = self._read_current_image() or self.open_first_step(name)
        characters = self.seen.answers[image or ""]
        self._keep("address", {"address": self.who(name).persona.email, "image": characters})
        self.start_reset(name, captcha="ZZZZZZ")
        self.driver.expect_current_step(STEP1)

    def confirm_replay_refused_with(self: ResetSpec, message: str) -> None:
        kept = self.seen.kept
        assert kept.status not in REDIRECTS, f"the replay was taken (status {kept.status})"
        assert mail_reading.flat(message) in mail_reading.flat(kept.text), (
            f"the replay's answer does not say {message!r}"
        )

    # -- H04: a completed procedure, once --------------------------------------------------
    def reset_password_keeping_a_copy(self: ResetSpec, name: str) -> None:
        self.reach_step(name, 3)
        replayed = self.factory.valid_password(24)
        self._keep("new password", {"new password": replayed, "confirmation": replayed})
        self.choose_password(name)
        self.driver.expect_reached(SUMMARY)

    # -- H05: a session, ended --------------------------------------------------------------
    def keep_cookies(self: ResetSpec) -> None:
        self.seen.kept = Kept(cookies=self.driver.cookies())

    def put_kept_cookies_back(self: ResetSpec) -> None:
        self.driver.restore_cookies(self.seen.kept.cookies)

    def quit_space(self: ResetSpec) -> None:
        self.driver.follow_summary(QUIT)

    # -- side by side: two procedures, two visitors -----------------------------------------
    def reach_step_on_two_devices(self: ResetSpec, name: str, step: int) -> None:
        """The persona's procedure at ``step`` in this browser and in a second one."""
        self.reach_step(name, step)
        first = self.driver
        self.seen.second_device = self.first_driver.another_device(self.headers())
        self.driver = self.seen.second_device
        self.reach_step(name, step)
        self.driver = first

    def on_second_device(self: ResetSpec) -> Driver:
        assert self.seen.second_device, "no second device in this scenario"
        return self.seen.second_device

    def choose_password_on_second_device(self: ResetSpec, name: str) -> None:
        first, self.driver = self.driver, self.on_second_device()
        try:
            self.choose_password(name)
        finally:
            self.driver = first

    def confirm_second_device_sent_back(self: ResetSpec, message: str) -> None:
        device = self.on_second_device()
        device.expect_current_step(STEP1)
        device.expect_message(message)

    def other_visitor_reaches_step(self: ResetSpec, name: str, step: int) -> None:
        """Another persona's procedure, in a browser of her own, at ``step``."""
        first, self.driver = self.driver, self.first_driver.another_device(self.headers())
        self.reach_step(name, step)
        self.seen.second_device, self.driver = self.driver, first

    def other_visitor_goes_on(self: ResetSpec, name: str) -> None:
        """The other browser answers its question (step 2) or its image (step 1)."""
        first, self.driver = self.driver, self.on_second_device()
        try:
            if self.driver.shown_image() is not None:
                self.start_reset(name)
                self.driver.expect_current_step(STEP2)
            else:
                self.answer_question(name)
                self.driver.expect_current_step(STEP3)
        finally:
            self.driver = first

    def reopen_question_and_be_sent_back(self: ResetSpec, name: str) -> None:
        """From step 3, the question again: the procedure ends, back at step 1."""
        self.open_question_step_directly(name)
        self.driver.expect_current_step(STEP1)

    def other_visitors_reach_step(self: ResetSpec, count: int, step: int) -> None:
        """``count`` visitors with no account, each in a browser of her own, at step 1 or 2
        (an address with no account reaches the question like any other, H03)."""
        assert step in (1, 2), "visitors with no account stop at the question"
        first, self.seen.other_devices = self.driver, []
        try:
            for number in range(count):
                self.driver = self.first_driver.another_device(self.headers())
                self.open_first_step()
                if step == 2:
                    self.start_reset(email=self._other_visitor(number))
                    self.driver.expect_current_step(STEP2)
                self.seen.other_devices.append(self.driver)
        finally:
            self.driver = first

    def _other_visitor(self: ResetSpec, number: int) -> str:
        return f"visiteur+{self.token}-{number}@{UNKNOWN_DOMAIN}"

    def confirm_other_visitors_go_on(self: ResetSpec) -> None:
        """Each other visitor's image still opens the question, or her question is still hers."""
        first = self.driver
        try:
            for number, device in enumerate(self.seen.other_devices):
                self.driver = device
                if device.shown_image() is not None:
                    self.start_reset(email=self._other_visitor(number))
                else:
                    device.open_question_step()
                device.expect_current_step(STEP2)
        finally:
            self.driver = first
