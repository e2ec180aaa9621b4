"""The help page, the lockout and the support staff's account lookup (G13–G15)."""

from __future__ import annotations

from resetspec.domain.base import Verbs, confirm_no_secret
from resetspec.domain.state import UNKNOWN_DOMAIN
from resetspec.drivers.protocol import Help, Reading
from resetspec.spec import spellings


class Support(Verbs):
    roles = (Reading, Help)  # what it asks of the driver

    # -- help ------------------------------------------------------------------------------
    def open_help(self) -> None:
        self.driver.open_help()

    def confirm_help_link(self) -> None:
        self.driver.expect_help_link()

    def open_help_from_page(self) -> None:
        self.driver.follow_help()

    def confirm_help_shown(self) -> None:
        self.driver.expect_help_page()

    def confirm_fallback(self, items: list[str]) -> None:
        self.driver.expect_fallback(items)

    def confirm_hotline_open(self, is_open: bool) -> None:
        self.driver.expect_hotline_open(is_open)

    def confirm_lockout(self, message: str) -> None:
        self.driver.expect_lockout(message)

    def confirm_no_lockout(self) -> None:
        self.driver.expect_no_lockout()

    # -- support staff -----------------------------------------------------------------------
    def _new_support_agent(self) -> tuple[str, str]:
        login, password = f"agent-{self.state.token}", self.state.factory.valid_password(24)
        self.state.control.create_support_agent(login, password)
        return login, password

    def sign_in_support_agent(self) -> None:
        self.driver.support_log_in(*self._new_support_agent())

    def sign_in_support_with_a_login_one_character_short(self) -> None:
        """An agent's right password with their login less its last character: refused."""
        login, password = self._new_support_agent()
        self.driver.support_log_in_refused(login[:-1], password)

    def look_up(
        self, name: str | None = None, by: str = "address", typed: str | None = None
    ) -> None:
        """Support searches for the persona (by her number or her address, typed so), or for
        an address with no account."""
        if name is None:
            query = "" if by == "nothing" else f"personne+{self.state.token}@{UNKNOWN_DOMAIN}"
            self.state.seen.support_result = self.driver.support_search(query)
            return
        person = self.who(name).persona
        query = {
            "subscriber number": person.subscriber_number,
            "part of the subscriber number": person.subscriber_number[:-1],
            "address": spellings.ADDRESS[typed or "as registered"](person.email),
        }[by]
        self.state.seen.support_result = self.driver.support_search(query)

    def open_support_lookup_anonymously(self) -> None:
        self.driver.open_support_lookup()

    def confirm_support_sign_in_asked(self) -> None:
        self.driver.expect_support_login_page()

    def confirm_support_shows(self, name: str) -> None:
        person = self.who(name).persona
        shown = self.state.seen.support_result
        wanted = [person.subscriber_number, person.email, person.question]
        missing = [w for w in wanted if w not in shown]
        assert not missing, f"support does not show {missing}; it shows {shown!r}"

    def confirm_support_hides_answer(self, name: str) -> None:
        secrets = {"answer": self.who(name).persona.answer}
        confirm_no_secret(self.driver.page_html(), secrets, where="the support page")

    def confirm_support_shows_no_answer_field(self) -> None:
        for label in ("Réponse de confiance", "Réponse à la question"):
            assert label not in self.state.seen.support_result, f"support shows a {label!r} field"
