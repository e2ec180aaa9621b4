"""The pages the accessibility rule names, opened as a person reaches them, as they are and
after the mistakes most often made there (H11, G18)."""

from __future__ import annotations

from enum import Enum

from resetspec.domain.access import Access
from resetspec.domain.address import Address
from resetspec.domain.base import Verbs
from resetspec.domain.journey import Journey
from resetspec.domain.state import WRONG_ANSWER, ScenarioState
from resetspec.domain.support import Support
from resetspec.drivers.protocol import Accessibility, AddressStep, Help, Space


class Page(Enum):
    """A page by what it is for; the step layer's Page type names them in the features' words."""

    LOGIN = "login"
    STEP1 = 1
    STEP2 = 2
    STEP3 = 3
    STEP4 = 4
    HELP = "help"
    SPACE = "space"
    DETAILS = "details"
    SUPPORT_LOOKUP = "support lookup"


STEPS = (Page.STEP1, Page.STEP2, Page.STEP3, Page.STEP4)


class Pages(Verbs):
    roles = (Space, AddressStep, Help, Accessibility)  # what it asks of the driver

    def __init__(
        self,
        state: ScenarioState,
        access: Access,
        address: Address,
        journey: Journey,
        support: Support,
    ) -> None:
        super().__init__(state)
        self.access, self.address, self.journey, self.support = access, address, journey, support

    def open_page(self, name: str, page: Page) -> None:
        if page in STEPS:
            self.journey.reach_step(name, page.value)
        elif page is Page.LOGIN:
            self.driver.open_login()
        elif page is Page.HELP:
            self.driver.open_help()
        elif page is Page.SUPPORT_LOOKUP:
            self.support.sign_in_support_agent()
            self.support.look_up(name)
        elif page in (Page.SPACE, Page.DETAILS):
            self.access.log_in(name)
            self.driver.expect_in_space()
            if page is Page.DETAILS:
                self.driver.open_details()
        else:
            raise ValueError(f"no way to open {page}")

    def open_page_with_errors(self, name: str, page: Page) -> None:
        """The page as shown again after what a person most often gets wrong there."""
        if page is Page.LOGIN:
            self.access.log_in(name, password="UnMotDePasseFaux2026Paris")
        elif page is Page.STEP1:
            self.address.open_first_step(name)
            self.driver.submit_address("", "")
        elif page is Page.STEP2:
            self.journey.reach_step(name, 2)
            self.journey.question.answer_question(name, WRONG_ANSWER)
        elif page is Page.STEP3:
            self.journey.reach_step(name, 3)
            self.journey.password.choose_password(
                name, "Rosemonde2026Paris7", "Rosemonde2026Paris8"
            )
        elif page is Page.HELP:
            self.journey.block_reset(name)
        else:
            raise ValueError(f"no page {page} with errors")

    def confirm_accessible(self) -> None:
        violations = self.driver.blocking_accessibility_violations()
        assert not violations, "axe-core: " + "; ".join(violations)
