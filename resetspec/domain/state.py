"""What one scenario remembers, and the small interfaces the domain layer types against.

Every verb object of a scenario shares one ``ScenarioState``: who is who (personas and their
passwords), who acts now and on which device, the scenario's clock, what it saw along the way.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import ClassVar, Protocol

from fixtures.factories import Factory
from fixtures.personas import Persona
from resetspec.drivers import surface
from resetspec.drivers.protocol import AddressStep, Channel, Driver
from resetspec.mail.mailsink import Mail
from resetspec.spec.clock import SpecClock
from resetspec.spec.control import ControlClient, client_headers

STEPS = surface.reference().step_names()  # the trail's steps; the driver words them
STEP1, STEP2, STEP3, SUMMARY = STEPS
VISITOR = "visitor"  # an anonymous actor, as the step layer's Actor type gives it
WRONG_ANSWER = "Pierre"
UNKNOWN_DOMAIN = "exemple-sans-compte.fr"
WRONG_CHARACTERS = "ZZZZZZ"


def ascii_key(name: str) -> str:
    """A persona's first name as a plain key ("Hélène Marchand" -> "helene"): it goes into an
    HTTP header (the rate limit's client token), which takes ASCII only."""
    first = name.strip().split()[0].casefold()
    return unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()


class MailBox(Protocol):
    """What the domain layer asks of the run's mail, wherever the sink runs."""

    def wait_for(
        self, recipient: str, deadline: float | None = None, count: int = 1
    ) -> list[Mail]: ...
    def wait_for_refusal(self, recipient: str, deadline: float, at_least: int = 1) -> int: ...
    def refuse(self, recipient: str) -> None: ...
    def accept(self, recipient: str) -> None: ...


class OwnApp(Protocol):
    """What only a reference app started by the harness can tell (its log, other starts)."""

    def log_text(self) -> str: ...
    def hooks_reachable_with_defaults(self, **settings: str) -> bool: ...
    def obeys_test_headers_with_defaults(self) -> tuple[bool, bool]: ...
    def start_in_production_with_hooks(self) -> tuple[int, str]: ...


@dataclass
class Holder:
    """A persona in this scenario: her own address, and the passwords she has had."""

    persona: Persona
    password: str
    former_password: str | None = None


@dataclass
class Kept:
    """A request as it was sent, with the browser's cookies of that moment, to send again."""

    form: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    cookies: list[dict] = field(default_factory=list)
    status: int = 0
    text: str = ""


@dataclass
class Sightings:
    """What the scenario saw along the way, to compare with later."""

    answers: dict[str, str] = field(default_factory=dict)  # CAPTCHA id -> characters
    used_captcha: str | None = None
    previous_captcha: str | None = None
    image_before: str | None = None
    question: str | None = None
    unknown_email: str | None = None
    audio_played: str | None = None
    forged_status: int | None = None
    forged_text: str = ""  # what the answer to a forged request says
    kept: Kept = field(default_factory=Kept)  # a request kept to be replayed
    second_device: Driver | None = None  # a browser of the scenario's, side by side
    other_devices: list[Driver] = field(default_factory=list)  # other visitors' browsers
    support_result: str = ""
    hooks_reachable: bool | None = None
    obeys_test_headers: tuple[bool, bool] | None = None  # (clock, client) of a defaults app
    start_outcome: tuple[int, str] | None = None
    typed_passwords: dict[str, str] = field(default_factory=dict)  # at step 3, last time
    typed_email: str = ""  # at step 1, last time
    mail: str | None = None  # the first confirmation mail read, as received (evidence)


@dataclass
class ScenarioState:
    """One scenario's memory; ``driver`` is the device it acts on now."""

    roles: ClassVar[tuple[type, ...]] = (Channel, AddressStep)  # what it asks of the driver

    driver: Driver
    control: ControlClient
    mail: MailBox
    factory: Factory
    token: str
    own_app: OwnApp | None = None
    clock: SpecClock = field(default_factory=SpecClock)
    people: dict[str, Holder] = field(default_factory=dict)
    seen: Sightings = field(default_factory=Sightings)
    actor: str = VISITOR
    first_driver: Driver = field(init=False)  # the scenario's own browser; others come from it
    devices: dict[str, list[Driver]] = field(default_factory=dict)  # per persona, elsewhere

    def __post_init__(self) -> None:
        self.first_driver = self.driver
        self.apply_headers()

    # -- who acts, and when ----------------------------------------------------------------
    def headers(self) -> dict[str, str]:
        """Each actor is a client of its own for rate limiting; all share the scenario's clock."""
        return {**client_headers(f"{self.token}-{self.actor}"), **self.clock.headers()}

    def apply_headers(self) -> None:
        headers = self.headers()
        self.control.headers = dict(headers)
        self.driver.set_headers(headers)

    def act_as(self, name: str) -> None:
        actor = VISITOR if name == VISITOR else ascii_key(name)
        if actor != self.actor:
            self.actor = actor
            self.apply_headers()

    def set_time(self, when: datetime) -> None:
        self.clock.set(when)
        self.apply_headers()

    def advance_time(self, delta: timedelta) -> None:
        self.clock.advance(delta)
        self.apply_headers()

    # -- personas --------------------------------------------------------------------------
    def knows(self, name: str) -> bool:
        return name != VISITOR and name.strip().split()[0].casefold() in self.people

    def who(self, name: str | None = None) -> Holder:
        """A persona of this scenario by name; without a name, the one the sentence means."""
        if name is None:
            if len(self.people) != 1:
                raise KeyError("the sentence says 'her' but this scenario has no single persona")
            return next(iter(self.people.values()))
        key = name.strip().split()[0].casefold()
        if key not in self.people:
            raise KeyError(f"{name} has no account in this scenario; add 'Given {name} … has a …'")
        return self.people[key]

    # -- devices and images ----------------------------------------------------------------
    def another_device(self, client: str | None = None) -> Driver:
        """A browser of its own, where nothing of this one is known (counted as ``client``)."""
        headers = self.headers()
        if client:
            headers.update(client_headers(client))
        return self.first_driver.another_device(headers)

    def switch_to_another_device(self, name: str) -> None:
        self.act_as(name)
        self.driver = self.another_device()

    def note_image(self) -> str | None:
        """Note the characters of the image on screen while the contract still gives them."""
        image = self.driver.shown_image()
        if image is None:
            return None
        if image not in self.seen.answers:
            answer = self.control.captcha_answer(image)
            if answer is not None:
                self.seen.answers[image] = answer
        return image
