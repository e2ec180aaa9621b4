"""Step 3 of the reset: the new password, its policy, its security level and the
recommendations (G05–G07, G09)."""

from __future__ import annotations

from resetspec.domain.base import Verbs
from resetspec.domain.state import STEP3, SUMMARY, VISITOR
from resetspec.drivers.protocol import Channel, PasswordAids, Wizard
from resetspec.mail import mail_reading
from resetspec.spec import spellings


class Password(Verbs):
    roles = (Channel, Wizard, PasswordAids)  # what it asks of the driver

    def choose_password(
        self, name: str = VISITOR, password: str | None = None, confirmation: str | None = None
    ) -> None:
        """A fresh valid password unless one is given; the confirmation repeats it."""
        self.act_as(name)
        password = password if password is not None else self.state.factory.valid_password(24)
        confirmation = password if confirmation is None else confirmation
        self.state.seen.typed_passwords = {"new password": password, "confirmation": confirmation}
        accepted = self.driver.choose_password(password, confirmation)
        if accepted and self.state.knows(name):
            holder = self.who(name)
            holder.former_password, holder.password = holder.password, password

    def choose_current_password(self, name: str) -> None:
        self.choose_password(name, self.who(name).password)

    def choose_current_password_other_case(self, name: str) -> None:
        self.choose_password(name, spellings.other_case(self.who(name).password))

    def choose_former_password(self, name: str) -> None:
        former = self.who(name).former_password
        assert former, f"{name} has no former password in this scenario"
        self.choose_password(name, former)

    def choose_password_typed(self, name: str, password: str, typed: str) -> None:
        self.choose_password(name, spellings.NEW_PASSWORD[typed](password))

    def choose_password_of_length(self, name: str, length: int) -> None:
        self.choose_password(name, self.state.factory.valid_password(length))

    def confirm_verdict(self, accepted: bool, name: str | None = None) -> None:
        if accepted:
            self.driver.expect_current_step(SUMMARY)
        else:
            self.driver.expect_current_step(STEP3)
            self.driver.expect_field_has_error("new password")
            self.confirm_password_unchanged(name)

    def confirm_password_unchanged(self, name: str | None = None) -> None:
        holder = self.who(name)
        opened = self.driver.can_log_in_elsewhere(
            holder.persona.email, holder.password, self.state.headers()
        )
        assert opened, f"{holder.persona.first_name}'s password no longer opens her space"

    # -- what the step shows as the password is typed ----------------------------------------
    def type_password(self, password: str) -> None:
        self.driver.type_password(password)

    def confirm_security_level(self, text: str) -> None:
        self.driver.expect_security_level(text)

    def confirm_password_note(self, note: str) -> None:
        self.driver.expect_password_note(note)

    def confirm_password_masked(self) -> None:
        types = self.driver.password_field_types()
        assert types == ["password", "password"], f"password fields are of type {types}"

    # -- the recommendations -----------------------------------------------------------------
    def open_recommendations(self) -> None:
        self.driver.open_recommendations()

    def open_recommendations_with_keyboard(self) -> None:
        self.driver.keyboard_open_recommendations()

    def confirm_recommendations(self, texts: list[str]) -> None:
        shown = mail_reading.flat(self.driver.recommendations_text())
        missing = [t for t in texts if mail_reading.flat(t) not in shown]
        assert not missing, f"recommendations missing: {missing}"

    def close_recommendations(self) -> None:
        self.driver.close_recommendations()

    def close_recommendations_with_escape(self) -> None:
        self.driver.close_recommendations_with_escape()

    def confirm_recommendations_closed(self) -> None:
        self.driver.expect_recommendations_closed()
