"""What other browsers and kept cookies may try: a replay of an earlier request with the
cookies of its time, two procedures side by side, other visitors' procedures and images
(H01, H04, H05, G12)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from resetspec.domain.base import Verbs
from resetspec.domain.journey import Journey
from resetspec.domain.state import (
    STEP1,
    STEP2,
    STEP3,
    SUMMARY,
    UNKNOWN_DOMAIN,
    WRONG_CHARACTERS,
    Kept,
    ScenarioState,
)
from resetspec.drivers.protocol import AddressStep, Driver, Forgery, Reading, Wizard
from resetspec.mail import mail_reading

REDIRECTS = (301, 302, 303, 307, 308)
QUIT = "Quitter"


class Replays(Verbs):
    roles = (Reading, AddressStep, Wizard, Forgery)  # what it asks of the driver

    def __init__(self, state: ScenarioState, journey: Journey) -> None:
        super().__init__(state)
        self.journey = journey
        self.address, self.question = journey.address, journey.question

    @contextmanager
    def _on(self, device: Driver) -> Iterator[Driver]:
        """Act on ``device`` for a while, then come back to the device the scenario was on."""
        first, self.state.driver = self.state.driver, device
        try:
            yield device
        finally:
            self.state.driver = first

    def _keep(self, form: str, fields: dict[str, str]) -> None:
        driver = self.driver
        self.state.seen.kept = Kept(form, {**driver.hidden_fields(), **fields}, driver.cookies())

    def answer_in_first_browser(self, name: str, answer: str) -> None:
        """Back in the scenario's own browser, left at the question, answer it."""
        self.state.driver = self.state.first_driver
        self.question.answer_question(name, answer)

    def replay_kept(self) -> None:
        """Put the kept cookies back and send the kept request again, as it was."""
        kept = self.state.seen.kept
        assert kept.form, "nothing was kept to replay in this scenario"
        self.driver.restore_cookies(kept.cookies)
        kept.status, kept.text = self.driver.post_form(kept.form, kept.fields)

    # -- H01: an image's characters, once ----------------------------------------------------
    def _keep_address_form(self, name: str) -> None:
        """Keep step 1's form as sent with the right characters of the image on screen."""
        self.act_as(name)
        image = self.state.note_image() or self.address.open_first_step(name)
        characters = self.state.seen.answers[image or ""]
        self._keep("address", {"address": self.who(name).persona.email, "image": characters})

    def start_reset_keeping_a_copy(self, name: str) -> None:
        self._keep_address_form(name)
        self.address.start_reset(name)
        self.driver.expect_reached(STEP2)

    def fail_reset_keeping_a_copy(self, name: str) -> None:
        """A wrong attempt on the image; what is kept for the replay carries the right
        characters of that same image, with the cookies of the moment."""
        self._keep_address_form(name)
        self.address.start_reset(name, captcha=WRONG_CHARACTERS)
        self.driver.expect_current_step(STEP1)

    def confirm_replay_refused_with(self, message: str) -> None:
        kept = self.state.seen.kept
        assert kept.status not in REDIRECTS, f"the replay was taken (status {kept.status})"
        assert mail_reading.flat(message) in mail_reading.flat(kept.text), (
            f"the replay's answer does not say {message!r}"
        )

    # -- H04: a completed procedure, once ----------------------------------------------------
    def reset_password_keeping_a_copy(self, name: str) -> None:
        self.journey.reach_step(name, 3)
        replayed = self.state.factory.valid_password(24)
        self._keep("new password", {"new password": replayed, "confirmation": replayed})
        self.journey.password.choose_password(name)
        self.driver.expect_reached(SUMMARY)

    def reopen_question_and_be_sent_back(self, name: str) -> None:
        """From step 3, the question again: the procedure ends, back at step 1."""
        self.journey.open_question_step_directly(name)
        self.driver.expect_current_step(STEP1)

    # -- H05: a session, ended ---------------------------------------------------------------
    def keep_cookies(self) -> None:
        self.state.seen.kept = Kept(cookies=self.driver.cookies())

    def put_kept_cookies_back(self) -> None:
        self.driver.restore_cookies(self.state.seen.kept.cookies)

    def quit_space(self) -> None:
        self.driver.follow_summary(QUIT)

    # -- side by side: two procedures, two visitors ------------------------------------------
    def _second_device(self) -> Driver:
        assert self.state.seen.second_device, "no second device in this scenario"
        return self.state.seen.second_device

    def reach_step_on_two_devices(self, name: str, step: int) -> None:
        """The persona's procedure at ``step`` in this browser and in a second one."""
        self.journey.reach_step(name, step)
        self.state.seen.second_device = self.state.another_device()
        with self._on(self.state.seen.second_device):
            self.journey.reach_step(name, step)

    def choose_password_on_second_device(self, name: str) -> None:
        with self._on(self._second_device()):
            self.journey.password.choose_password(name)

    def confirm_second_device_sent_back(self, message: str) -> None:
        device = self._second_device()
        device.expect_current_step(STEP1)
        device.expect_message(message)

    def other_visitor_reaches_step(self, name: str, step: int) -> None:
        """Another persona's procedure, in a browser of her own, at ``step``."""
        with self._on(self.state.another_device()) as device:
            self.journey.reach_step(name, step)
        self.state.seen.second_device = device

    def other_visitor_goes_on(self, name: str) -> None:
        """The other browser answers its question (step 2) or its image (step 1)."""
        with self._on(self._second_device()) as device:
            if device.shown_image() is not None:
                self.address.start_reset(name)
                device.expect_current_step(STEP2)
            else:
                self.question.answer_question(name)
                device.expect_current_step(STEP3)

    def other_visitors_reach_step(self, count: int, step: int) -> None:
        """``count`` visitors with no account, each in a browser of her own, at step 1 or 2
        (an address with no account reaches the question like any other, H03)."""
        assert step in (1, 2), "visitors with no account stop at the question"
        self.state.seen.other_devices = []
        for number in range(count):
            with self._on(self.state.another_device()) as device:
                self.address.open_first_step()
                if step == 2:
                    self.address.start_reset(email=self._other_visitor(number))
                    device.expect_current_step(STEP2)
                self.state.seen.other_devices.append(device)

    def _other_visitor(self, number: int) -> str:
        return f"visiteur+{self.state.token}-{number}@{UNKNOWN_DOMAIN}"

    def confirm_other_visitors_go_on(self) -> None:
        """Each other visitor's image still opens the question, or her question is still hers."""
        for number, device in enumerate(self.state.seen.other_devices):
            with self._on(device):
                if device.shown_image() is not None:
                    self.address.start_reset(email=self._other_visitor(number))
                else:
                    device.open_question_step()
                device.expect_current_step(STEP2)
