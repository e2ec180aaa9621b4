"""What every verb object of the domain layer shares: the scenario's state and one check."""

from __future__ import annotations

from resetspec.domain.state import Holder, ScenarioState
from resetspec.drivers.protocol import Driver
from resetspec.mail import mail_reading


class Verbs:
    """A concern's business actions and checks over the scenario's state."""

    def __init__(self, state: ScenarioState) -> None:
        self.state = state

    @property
    def driver(self) -> Driver:
        """The device the scenario acts on now (it changes when the scenario changes device)."""
        return self.state.driver

    def act_as(self, name: str) -> None:
        self.state.act_as(name)

    def who(self, name: str | None = None) -> Holder:
        return self.state.who(name)


def confirm_no_secret(text: str, secrets: dict[str, str], where: str = "the page") -> None:
    found = mail_reading.secrets_found(text, secrets)
    assert not found, f"{where} shows the {', '.join(found)}"
