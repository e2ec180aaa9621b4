"""Step 2 of the reset: the security question and its answer, the lockout's wrong answers
(G04, G08, H03)."""

from __future__ import annotations

from resetspec.domain.address import Address
from resetspec.domain.base import Verbs
from resetspec.domain.state import STEP2, VISITOR, WRONG_ANSWER, ScenarioState
from resetspec.drivers.protocol import Wizard
from resetspec.spec import spellings


class Question(Verbs):
    roles = (Wizard,)  # what it asks of the driver

    def __init__(self, state: ScenarioState, address: Address) -> None:
        super().__init__(state)
        self.address = address

    def answer_question(self, name: str = VISITOR, answer: str | None = None) -> None:
        self.act_as(name)
        if answer is None:
            answer = self.who(name).persona.answer
        self.driver.answer(answer)

    def answer_typed(self, name: str, typed: str) -> None:
        self.act_as(name)
        self.driver.answer(spellings.ANSWER[typed](self.who(name).persona.answer))

    def answer_wrongly(self, name: str, times: int) -> None:
        for attempt in range(times):
            self.answer_question(name, WRONG_ANSWER)
            if attempt < times - 1:
                self.driver.expect_current_step(STEP2)

    def answer_wrongly_from_start(self, name: str, times: int, address: str | None = None) -> None:
        """Reach the question (the address typed so, if said) and answer it wrongly."""
        self.address.open_first_step(name)
        self.address.start_reset_typed(name, address=address)
        self.driver.expect_reached(STEP2)
        self.answer_wrongly(name, times)
        self.driver.expect_current_step(STEP2)

    def confirm_question(self, name: str, question: str) -> None:
        self.driver.expect_question(question, self.who(name).persona.email)

    def confirm_question_only(self, question: str) -> None:
        shown = self.driver.shown_question()
        assert shown == question, f"the question asked is {shown!r}, not {question!r}"

    def confirm_some_question_for_unknown_address(self) -> None:
        question = self.driver.shown_question()
        assert question, "no security question is shown"
        self.driver.expect_question(question, self.state.seen.unknown_email or "")

    def confirm_same_question(self) -> None:
        shown, before = self.driver.shown_question(), self.state.seen.question
        assert shown == before, f"asked {shown!r}, before {before!r}"
