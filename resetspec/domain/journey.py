"""The procedure as a whole: walking it to a step, the whole reset, the trail, going back and
opening steps out of order, what a step says, and time passing (G01, G12, G16, G17, H04)."""

from __future__ import annotations

from datetime import datetime, timedelta

from resetspec.domain.address import Address
from resetspec.domain.base import Verbs
from resetspec.domain.password import Password
from resetspec.domain.question import Question
from resetspec.domain.state import (
    STEP1,
    STEP2,
    STEP3,
    SUMMARY,
    VISITOR,
    WRONG_ANSWER,
    WRONG_CHARACTERS,
    ScenarioState,
)
from resetspec.drivers.protocol import Reading, Wizard


class Journey(Verbs):
    roles = (Reading, Wizard)  # what it asks of the driver

    def __init__(
        self, state: ScenarioState, address: Address, question: Question, password: Password
    ) -> None:
        super().__init__(state)
        self.address, self.question, self.password = address, question, password

    # -- when ------------------------------------------------------------------------------
    def set_time(self, when: datetime) -> None:
        self.state.set_time(when)

    def let_time_pass(self, minutes: int) -> None:
        self.state.note_image()  # before it expires, while the contract still tells
        self.state.advance_time(timedelta(minutes=minutes))

    # -- walking the procedure -------------------------------------------------------------
    def reach_step(self, name: str, step: int) -> None:
        """Walk the procedure up to ``step`` (1 to 4) the ordinary way."""
        self.address.open_first_step(name)
        if step >= 2:
            self.address.start_reset(name)
            self.driver.expect_reached(STEP2)
        if step >= 3:
            self.question.answer_question(name)
            self.driver.expect_reached(STEP3)
        if step >= 4:
            self.password.choose_password(name)
            self.driver.expect_reached(SUMMARY)

    def block_reset(self, name: str) -> None:
        self.reach_step(name, 2)
        self.question.answer_wrongly(name, 5)

    def reset_password(self, name: str, password: str | None = None) -> None:
        self.reach_step(name, 3)
        self.password.choose_password(name, password)
        self.driver.expect_reached(SUMMARY)

    def reset_password_typed(self, name: str, typed: str) -> None:
        self.address.open_first_step(name)
        self.address.start_reset_typed(name, address=typed)
        self.driver.expect_reached(STEP2)
        self.question.answer_question(name)
        self.driver.expect_reached(STEP3)
        self.password.choose_password(name)
        self.driver.expect_reached(SUMMARY)

    def reset_password_with_keyboard(self, name: str) -> None:
        self.act_as(name)
        holder = self.who(name)
        new = self.state.factory.valid_password(24)
        self.driver.keyboard_reset(
            holder.persona.email, self._answer_for_image, holder.persona.answer, new
        )
        holder.former_password, holder.password = holder.password, new

    def _answer_for_image(self, image: str) -> str:
        self.state.note_image()
        return self.state.seen.answers[image]

    def reset_password_after_mistakes(self, name: str) -> None:
        """The whole procedure with one mistake at each step first: the image, the answer, the
        new password; every page of it is kept for the checks that follow."""
        self.address.open_first_step(name)
        self.address.start_reset(name, captcha=WRONG_CHARACTERS)
        self.driver.expect_current_step(STEP1)
        self.address.start_reset(name)
        self.driver.expect_reached(STEP2)
        self.question.answer_question(name, WRONG_ANSWER)
        self.driver.expect_current_step(STEP2)
        self.question.answer_question(name)
        self.driver.expect_reached(STEP3)
        self.password.choose_password(name, "Rosemonde2026Paris7")
        self.driver.expect_current_step(STEP3)
        self.password.choose_password(name)
        self.driver.expect_reached(SUMMARY)

    def start_reset_again(self, name: str, elsewhere: bool = False) -> None:
        """A new visit: step 1 again (in another browser, if said) up to the question."""
        if elsewhere:
            self.state.switch_to_another_device(name)
        self.address.open_first_step(name)
        self.address.start_reset(name)
        self.driver.expect_reached(STEP2)

    # -- out of order ------------------------------------------------------------------------
    def go_back(self) -> None:
        self.driver.go_back()

    def open_question_step_directly(self, name: str = VISITOR) -> None:
        self.act_as(name)
        self.driver.open_question_step()

    def open_new_password_step_directly(self, name: str = VISITOR) -> None:
        self.act_as(name)
        self.driver.open_new_password_step()

    def open_new_password_step_elsewhere(self, name: str) -> None:
        self.state.switch_to_another_device(name)
        self.driver.open_new_password_step()

    def open_summary_directly(self, name: str) -> None:
        self.act_as(name)
        self.driver.open_summary_step()

    def confirm_still_at(self, step: str) -> None:
        """Open the step's page again: a procedure that moved would not show it."""
        self.driver.reopen_step(step)
        self.driver.expect_current_step(step)

    # -- where it stands and what it says --------------------------------------------------
    def confirm_current_step(self, step: str) -> None:
        self.driver.expect_current_step(step)

    def confirm_trail(self) -> None:
        self.driver.expect_trail()

    def confirm_heading(self, heading: str) -> None:
        self.driver.expect_heading(heading)

    def confirm_field_error(self, field_name: str, message: str) -> None:
        self.driver.expect_field_error(field_name, message)

    def confirm_nothing_to_correct(self) -> None:
        self.driver.expect_nothing_to_correct()

    def confirm_sent_back(self, message: str) -> None:
        self.driver.expect_current_step(STEP1)
        self.driver.expect_message(message)

    def confirm_message(self, message: str) -> None:
        self.driver.expect_message(message)

    def confirm_no_message(self, message: str) -> None:
        self.driver.expect_no_message(message)

    def confirm_texts(self, texts: list[str]) -> None:
        for text in texts:
            self.driver.expect_message(text)

    def follow(self, link: str) -> None:
        self.driver.follow_summary(link)
