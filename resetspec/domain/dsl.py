"""The domain layer: the procedure's business actions and checks, in the guide's words.

Steps call one method each. Methods take plain values with sensible defaults and know nothing
of pages or selectors: those belong to the driver. Per scenario there is one ``ResetSpec``,
which remembers who is who (personas and their passwords), the images seen and the mails.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Protocol

from fixtures.factories import Factory
from fixtures.personas import Persona, persona
from resetspec.domain.dsl_help import UNKNOWN_DOMAIN, HelpAndSupportVerbs
from resetspec.domain.dsl_inputs import InputVerbs
from resetspec.domain.dsl_mail import MailVerbs
from resetspec.domain.dsl_replays import Kept, ReplayVerbs
from resetspec.drivers import surface
from resetspec.drivers.protocol import Driver
from resetspec.mail import mail_reading
from resetspec.mail.mailhub import RemoteMailStore
from resetspec.mail.mailsink import MailStore
from resetspec.spec.clock import SpecClock
from resetspec.spec.control import ControlClient

STEPS = surface.reference().step_names()  # the trail's steps; the driver words them
WRONG_ANSWER = "Pierre"
CLIENT_HEADER = "X-Spec-Client"
VISITOR = "visitor"


def ascii_key(name: str) -> str:
    """A persona's first name as a plain key ("Hélène Marchand" -> "helene"): it goes into an
    HTTP header (the rate limit's client token), which takes ASCII only."""
    first = name.strip().split()[0].casefold()
    return unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()


def subscriber_number() -> str:
    """Fourteen digits like the guide's 20232990000101, unique: the app requires it."""
    return "2023" + str(uuid.uuid4().int)[:10]


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


class ResetSpec(MailVerbs, HelpAndSupportVerbs, InputVerbs, ReplayVerbs):
    """One scenario's actions on the procedure."""

    def __init__(
        self,
        driver: Driver,
        control: ControlClient,
        mail: MailStore | RemoteMailStore,
        factory: Factory,
        token: str,
        own_app: OwnApp | None = None,
    ) -> None:
        self.driver = driver
        self.control = control
        self.mail = mail
        self.factory = factory
        self.token = token
        self.own_app = own_app
        self.clock = SpecClock()
        self.people: dict[str, Holder] = {}
        self.seen = Sightings()
        self.actor = VISITOR
        self.first_driver = driver  # the scenario's own browser; others come from it
        self.other_devices: dict[str, list[Driver]] = {}  # per persona, logged in elsewhere
        self._apply_headers()

    # -- who acts, and when --------------------------------------------------------------------
    def headers(self) -> dict[str, str]:
        """Each actor is a client of its own for rate limiting; all share the scenario's clock."""
        return {CLIENT_HEADER: f"{self.token}-{self.actor}", **self.clock.headers()}

    def _apply_headers(self) -> None:
        headers = self.headers()
        self.control.headers = dict(headers)
        self.driver.set_headers(headers)

    def act_as(self, name: str) -> None:
        actor = VISITOR if VISITOR in name else ascii_key(name)
        if actor != self.actor:
            self.actor = actor
            self._apply_headers()

    def set_time(self, when: datetime) -> None:
        self.clock.set(when)
        self._apply_headers()

    def let_time_pass(self, minutes: int) -> None:
        self._read_current_image()  # before it expires, while the contract still tells
        self.clock.advance(timedelta(minutes=minutes))
        self._apply_headers()

    # -- accounts ------------------------------------------------------------------------------
    def create_account(
        self, name: str = "Lila", password_set_at: str | None = None, question: str | None = None
    ) -> Holder:
        """The persona with an address and a subscriber number of this scenario's own."""
        base = persona(name)
        own = replace(base.aliased(self.token), subscriber_number=subscriber_number())
        own = replace(own, question=question or own.question)
        self.control.create_account(
            email=own.email,
            password=own.password,
            question=own.question,
            answer=own.answer,
            subscriber_number=own.subscriber_number,
            companies=[{"siren": c.siren, "name": c.name} for c in own.companies],
            password_set_at=password_set_at,
        )
        holder = Holder(persona=own, password=own.password)
        self.people[base.first_name.casefold()] = holder
        return holder

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

    # -- login and space ----------------------------------------------------------------------
    def open_login_page(self) -> None:
        self.driver.open_login()

    def log_in(self, name: str, password: str | None = None, former: bool = False) -> None:
        self.act_as(name)
        holder = self.who(name)
        if former:
            assert holder.former_password, f"{name} has no former password in this scenario"
            chosen = holder.former_password
        else:  # an empty password is typed as such, not replaced by hers
            chosen = holder.password if password is None else password
        self.driver.log_in(holder.persona.email, chosen)

    def log_in_on_another_device(self, name: str) -> None:
        holder = self.who(name)
        self.act_as(name)
        device = self.first_driver.another_device(self.headers())
        device.log_in(holder.persona.email, holder.password)
        device.expect_in_space()
        self.other_devices.setdefault(ascii_key(name), []).append(device)

    def _devices_of(self, name: str) -> list[Driver]:
        devices = self.other_devices.get(ascii_key(name), [])
        assert devices, f"{name} is logged in on no other device in this scenario"
        return devices

    def confirm_other_devices_logged_out(self, name: str) -> None:
        still = [d for d in self._devices_of(name) if d.still_in_space()]
        assert not still, f"{len(still)} of {name}'s other devices are still in the space"

    def confirm_other_device_still_in(self, name: str) -> None:
        assert all(d.still_in_space() for d in self._devices_of(name)), (
            f"{name}'s other device was logged out"
        )

    def switch_to_another_device(self, name: str) -> None:
        """Go on in a browser of the persona's own, where nothing of this one is known."""
        self.act_as(name)
        self.driver = self.first_driver.another_device(self.headers())

    def confirm_in_space(self) -> None:
        self.driver.expect_in_space()

    def confirm_not_logged_in(self) -> None:
        assert not self.driver.still_in_space(), "the reset logged the user in"

    def confirm_refused(self, message: str) -> None:
        self.driver.expect_message(message)
        assert not self.driver.in_space(), "refused, yet the space is shown"

    def confirm_login_page(self, heading: str) -> None:
        self.driver.expect_login_page(heading)

    def confirm_links(self, names: list[str]) -> None:
        self.driver.expect_links(names)

    def confirm_companies(self, rows: list[tuple[str, str]]) -> None:
        shown = self.driver.companies()
        assert sorted(shown) == sorted(rows), f"companies shown {shown}, expected {rows}"

    def open_details(self) -> None:
        self.driver.open_details()

    def confirm_details(self, name: str, question: str) -> None:
        person = self.who(name).persona
        shown = self.driver.details()
        expected = [person.subscriber_number, person.email, question]
        assert list(shown.values()) == expected, f"details shown {shown}, expected {expected}"

    def confirm_answer_not_shown(self, name: str | None = None) -> None:
        self._confirm_no_secret(self.driver.page_html(), {"answer": self.who(name).persona.answer})

    # -- the first step -----------------------------------------------------------------------
    def open_first_step(self, name: str = VISITOR) -> str | None:
        """Open step 1 and note its image's characters; the image's id."""
        self.act_as(name)
        self.driver.open_step1()
        return self._read_current_image()

    def follow_forgotten_password(self) -> None:
        self.driver.follow_forgotten_password()

    def follow_from_login(self, link: str) -> None:
        self.driver.open_login()
        self.driver.follow_link(link)

    def confirm_heading(self, heading: str) -> None:
        self.driver.expect_heading(heading)

    def _read_current_image(self) -> str | None:
        """Note the characters of the image on screen while the contract still gives them."""
        image = self.driver.shown_image()
        if image is None:
            return None
        if image not in self.seen.answers:
            answer = self.control.captcha_answer(image)
            if answer is not None:
                self.seen.answers[image] = answer
        return image

    def start_reset(
        self,
        name: str = VISITOR,
        email: str | None = None,
        captcha: str | None = None,
    ) -> None:
        """Step 1: the address (the persona's by default) and the image's characters."""
        self.act_as(name)
        image = self._read_current_image() or self.open_first_step(name)
        self.seen.image_before = image
        if email is None:
            email = self.who(name).persona.email
        if captcha is None:
            if image not in self.seen.answers:
                raise LookupError(f"no characters known for image {image}: it died unread")
            captcha = self.seen.answers[image]
            self.seen.used_captcha = captcha
        self.seen.typed_email = email
        self.driver.submit_address(email, captcha)

    def start_reset_with_used_image(self, name: str) -> None:
        assert self.seen.used_captcha, "no image has been used in this scenario"
        self.start_reset(name, captcha=self.seen.used_captcha)

    def start_reset_with_previous_image(self, name: str) -> None:
        assert self.seen.previous_captcha, "no image was replaced in this scenario"
        self.start_reset(name, captcha=self.seen.previous_captcha)

    def start_reset_for_unknown_address(self) -> str:
        self.seen.unknown_email = f"personne+{self.token}@{UNKNOWN_DOMAIN}"
        self.start_reset(VISITOR, email=self.seen.unknown_email)
        return self.seen.unknown_email

    def start_reset_again_with_same_address(self) -> None:
        self.seen.question = self.driver.shown_question()
        self.open_first_step()
        self.start_reset(VISITOR, email=self.seen.unknown_email)

    def request_new_image(self) -> None:
        old = self._read_current_image()
        self.seen.previous_captcha = self.seen.answers.get(old or "")
        self.seen.image_before = old
        self.driver.change_image()
        self._read_current_image()

    def continue_with_new_image(self, name: str) -> None:
        self.start_reset(name)
        self.driver.expect_current_step(STEPS[1])

    def submit_first_step_repeatedly(self, times: int) -> None:
        """The same visitor posts step 1 again and again (wrong characters, no address needed)."""
        self.act_as(VISITOR)
        self.driver.open_step1()
        for _ in range(times):
            self.driver.submit_address(f"visiteur+{self.token}@{UNKNOWN_DOMAIN}", "ZZZZZZ")

    def confirm_image_changed(self) -> None:
        now = self.driver.captcha_id()
        assert now and now != self.seen.image_before, "the image is still the same one"

    def listen_to_audio(self) -> None:
        self.seen.audio_played = self.driver.play_audio()

    def confirm_audio_played(self) -> None:
        """What played is the audio of the image on screen, and it is real audio."""
        assert self.seen.audio_played, "no audio extract was played"
        image = self.driver.captcha_id()
        assert image in self.seen.audio_played, f"{self.seen.audio_played} is not image {image}'s"
        self.confirm_audio_of_image()

    def confirm_audio_of_image(self) -> None:
        image = self.driver.captcha_id()
        url, content_type, body = self.driver.fetch_audio()
        assert content_type.startswith("audio/"), f"the extract is {content_type!r}, not audio"
        assert len(body) > 1000, "the audio extract is empty"
        assert image in url, f"the audio {url} is not the one of image {image}"

    def confirm_image_shown(self) -> None:
        self.driver.expect_image_shown()

    def confirm_image_text_alternative(self) -> None:
        alt = self.driver.captcha_alt()
        assert alt.strip(), "the CAPTCHA image has no text alternative"

    # -- the second step ----------------------------------------------------------------------
    def reach_step(self, name: str, step: int) -> None:
        """Walk the procedure up to ``step`` (1 to 4) the ordinary way."""
        self.open_first_step(name)
        if step >= 2:
            self.start_reset(name)
            self.driver.expect_reached(STEPS[1])
        if step >= 3:
            self.answer_question(name)
            self.driver.expect_reached(STEPS[2])
        if step >= 4:
            self.choose_password(name)
            self.driver.expect_reached(STEPS[3])

    def answer_question(self, name: str = VISITOR, answer: str | None = None) -> None:
        self.act_as(name)
        if answer is None:
            answer = self.who(name).persona.answer
        self.driver.answer(answer)

    def answer_wrongly(self, name: str, times: int) -> None:
        for attempt in range(times):
            self.answer_question(name, WRONG_ANSWER)
            if attempt < times - 1:
                self.driver.expect_current_step(STEPS[1])

    def block_reset(self, name: str) -> None:
        self.reach_step(name, 2)
        self.answer_wrongly(name, 5)

    def confirm_question(self, name: str, question: str) -> None:
        self.driver.expect_question(question, self.who(name).persona.email)

    def confirm_question_only(self, question: str) -> None:
        shown = self.driver.shown_question()
        assert shown == question, f"the question asked is {shown!r}, not {question!r}"

    def confirm_some_question_for_unknown_address(self) -> None:
        question = self.driver.shown_question()
        assert question, "no security question is shown"
        self.driver.expect_question(question, self.seen.unknown_email or "")

    def confirm_same_question(self) -> None:
        shown = self.driver.shown_question()
        assert shown == self.seen.question, f"asked {shown!r}, before {self.seen.question!r}"

    # -- the third step -----------------------------------------------------------------------
    def choose_password(
        self,
        name: str = VISITOR,
        password: str | None = None,
        confirmation: str | None = None,
    ) -> None:
        """Step 3; a fresh valid password unless one is given; the confirmation repeats it."""
        self.act_as(name)
        password = password if password is not None else self.factory.valid_password(24)
        confirmation = password if confirmation is None else confirmation
        self.seen.typed_passwords = {"new password": password, "confirmation": confirmation}
        accepted = self.driver.choose_password(password, confirmation)
        if accepted and name.split()[0].casefold() in self.people:
            holder = self.who(name)
            holder.former_password, holder.password = holder.password, password

    def choose_current_password(self, name: str) -> None:
        self.choose_password(name, self.who(name).password)

    def type_password(self, password: str) -> None:
        self.driver.type_password(password)

    def confirm_security_level(self, text: str) -> None:
        self.driver.expect_security_level(text)

    def confirm_password_note(self, note: str) -> None:
        self.driver.expect_password_note(note)

    def confirm_password_masked(self) -> None:
        types = self.driver.password_field_types()
        assert types == ["password", "password"], f"password fields are of type {types}"

    def open_recommendations(self) -> None:
        self.driver.open_recommendations()

    def confirm_recommendations(self, texts: list[str]) -> None:
        shown = mail_reading.flat(self.driver.recommendations_text())
        missing = [t for t in texts if mail_reading.flat(t) not in shown]
        assert not missing, f"recommendations missing: {missing}"

    def close_recommendations(self) -> None:
        self.driver.close_recommendations()

    def confirm_recommendations_closed(self) -> None:
        self.driver.expect_recommendations_closed()

    def confirm_verdict(self, accepted: bool, name: str | None = None) -> None:
        if accepted:
            self.driver.expect_current_step(STEPS[3])
        else:
            self.driver.expect_current_step(STEPS[2])
            self.driver.expect_field_has_error("new password")
            self.confirm_password_unchanged(name)

    def confirm_password_unchanged(self, name: str | None = None) -> None:
        holder = self.who(name)
        opened = self.driver.can_log_in_elsewhere(
            holder.persona.email, holder.password, self.headers()
        )
        assert opened, f"{holder.persona.first_name}'s password no longer opens her space"

    # -- the whole procedure ------------------------------------------------------------------
    def reset_password(self, name: str, password: str | None = None) -> None:
        self.reach_step(name, 3)
        self.choose_password(name, password)
        self.driver.expect_reached(STEPS[3])

    def reset_password_with_keyboard(self, name: str) -> None:
        self.act_as(name)
        holder = self.who(name)
        new = self.factory.valid_password(24)
        self.driver.keyboard_reset(
            holder.persona.email, self._answer_for_image, holder.persona.answer, new
        )
        holder.former_password, holder.password = holder.password, new

    def _answer_for_image(self, image: str) -> str:
        self._read_current_image()
        return self.seen.answers[image]

    def go_back(self) -> None:
        self.driver.go_back()

    def open_new_password_step_directly(self, name: str = VISITOR) -> None:
        self.act_as(name)
        self.driver.open_new_password_step()

    def open_question_step_directly(self, name: str = VISITOR) -> None:
        self.act_as(name)
        self.driver.open_question_step()

    def confirm_current_step(self, step: str) -> None:
        self.driver.expect_current_step(step)

    def confirm_trail(self) -> None:
        self.driver.expect_trail()

    def confirm_field_error(self, field_name: str, message: str) -> None:
        self.driver.expect_field_error(field_name, message)

    def confirm_sent_back(self, message: str) -> None:
        self.driver.expect_current_step(STEPS[0])
        self.driver.expect_message(message)

    def confirm_message(self, message: str) -> None:
        self.driver.expect_message(message)

    def confirm_texts(self, texts: list[str]) -> None:
        for text in texts:
            self.driver.expect_message(text)

    def follow(self, link: str) -> None:
        self.driver.follow_summary(link)

    def open_page(self, name: str, page: str) -> None:
        """The pages of the accessibility rule, by the names the feature gives them."""
        steps = re.fullmatch(r"step (\d) of the reset", page)
        if steps:
            self.reach_step(name, int(steps.group(1)))
        elif page == "the login page":
            self.driver.open_login()
        elif page == "the help page":
            self.driver.open_help()
        elif page == "the support lookup":
            self.sign_in_support_agent()
            self.look_up(name)
        elif page in ("her professional space", "her details"):
            self.log_in(name)
            self.driver.expect_in_space()
            if page == "her details":
                self.driver.open_details()
        else:
            raise ValueError(f"no page called {page!r}")

    def confirm_accessible(self) -> None:
        violations = self.driver.blocking_accessibility_violations()
        assert not violations, "axe-core: " + "; ".join(violations)

    # -- forged requests and caching (H07) ----------------------------------------------------
    def post_without_token(self, form: str, name: str | None = None, method: str = "POST") -> None:
        """A request that carries what the form would, without its token, by this method."""
        holder = self.who(name)
        fields = {
            "login": {"login address": holder.persona.email, "login password": holder.password},
            "address": {"address": holder.persona.email, "image": "ZZZZZZ"},
            "answer": {"answer": holder.persona.answer},
            "new password": dict.fromkeys(
                ("new password", "confirmation"), "Contrefacon2026Paris75"
            ),
            "Changer l'image": {},
            "Etape précédente": {},
        }
        self.seen.forged_status, self.seen.forged_text = self.driver.post_form(
            form, fields[form], method
        )

    def confirm_forged_refused(self, message: str | None = None) -> None:
        """Refused: the target did not fail and, the steps after say, changed nothing; a
        status of its own choosing (400, 403, or a page that acts on nothing) is its business."""
        assert self.seen.forged_status < 500, f"forged request answered {self.seen.forged_status}"
        if message:
            said = mail_reading.flat(self.seen.forged_text)
            assert mail_reading.flat(message) in said, f"the refusal does not say {message!r}"

    def confirm_page_not_cached(self) -> None:
        said = self.driver.cache_control()
        assert "no-store" in said, f"the page was served with Cache-Control: {said!r}"

    def confirm_not_cached(self) -> None:
        offenders = self.driver.procedure_pages_cached()
        assert not offenders, f"pages without Cache-Control: no-store: {offenders}"

    def confirm_procedure_kept_secrets(self, name: str | None = None) -> None:
        holder = self.who(name)
        secrets = {"answer": holder.persona.answer, "new password": holder.password}
        for url, html in self.driver.procedure_pages():
            self._confirm_no_secret(html, secrets, where=url)

    @staticmethod
    def _confirm_no_secret(text: str, secrets: dict[str, str], where: str = "the page") -> None:
        found = mail_reading.secrets_found(text, secrets)
        assert not found, f"{where} shows the {', '.join(found)}"
