"""The domain layer: the procedure's business actions and checks, in the guide's words.

Steps call one verb each, through the concern it belongs to: ``spec.address.start_reset``,
``spec.password.choose_password``, ``spec.mail.confirm_mail_received``. Verbs take plain
values with sensible defaults and know nothing of pages or selectors (the driver's); they
share one ``ScenarioState`` per scenario, which remembers who is who and what was seen.
"""

from __future__ import annotations

from fixtures.factories import Factory
from resetspec.domain.access import Access
from resetspec.domain.address import Address
from resetspec.domain.captcha import Captcha
from resetspec.domain.hardening import Hardening
from resetspec.domain.journey import Journey
from resetspec.domain.mail import MailVerbs
from resetspec.domain.own_app import OwnAppVerbs
from resetspec.domain.pages import Pages
from resetspec.domain.password import Password
from resetspec.domain.question import Question
from resetspec.domain.replays import Replays
from resetspec.domain.state import MailBox, OwnApp, ScenarioState, Sightings
from resetspec.domain.support import Support
from resetspec.drivers.protocol import Driver
from resetspec.spec.control import ControlClient


class ResetSpec:
    """One scenario's verbs, by concern, over its state."""

    def __init__(
        self,
        driver: Driver,
        control: ControlClient,
        mail: MailBox,
        factory: Factory,
        token: str,
        own_app: OwnApp | None = None,
    ) -> None:
        self.state = state = ScenarioState(driver, control, mail, factory, token, own_app)
        self.access = Access(state)
        self.address = Address(state)
        self.captcha = Captcha(state, self.address)
        self.question = Question(state, self.address)
        self.password = Password(state)
        self.journey = Journey(state, self.address, self.question, self.password)
        self.support = Support(state)
        self.pages = Pages(state, self.access, self.address, self.journey, self.support)
        self.hardening = Hardening(state)
        self.own_app = OwnAppVerbs(state)
        self.mail = MailVerbs(state)
        self.replays = Replays(state, self.journey)

    def by(self, name: str) -> ResetSpec:
        """The verbs as done by this persona (or the visitor): what she does next, and the
        checks of what she sees, go as her (her client token, her place in the scenario)."""
        self.state.act_as(name)
        return self

    @property
    def seen(self) -> Sightings:
        """What the scenario saw (the harness keeps its mail as evidence)."""
        return self.state.seen
