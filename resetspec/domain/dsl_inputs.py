"""The domain layer's verbs for the classes of input and state of the example maps: values
typed in other ways, boundaries, other visitors and other visits. Mixed into ``ResetSpec``.

The ways of typing are named by the features and made by ``resetspec.spec.spellings``; here they
are put through the same business actions as the values as registered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resetspec.domain.dsl_help import UNKNOWN_DOMAIN
from resetspec.drivers import surface
from resetspec.spec import spellings

if TYPE_CHECKING:
    from resetspec.domain.dsl import ResetSpec

STEP1, STEP2, STEP3, SUMMARY = surface.reference().step_names()
WRONG_ANSWER = "Pierre"
TOO_MANY_REQUESTS = 429


def address_of_length(length: int, token: str) -> str:
    """A well-formed address with no account, exactly ``length`` characters long: a local part
    of 64 characters at most, then sub-domains of 63 at most (RFC 5321's limits)."""
    tail = "." + UNKNOWN_DOMAIN
    local = (f"n{token}" + "x" * 64)[:64]
    room = length - len(local) - 1 - len(tail)  # for the sub-domains and the dots between them
    if room < 1:
        raise ValueError(f"an address of {length} characters is too short for this scenario")
    count = -(-(room + 1) // 64)  # as few labels as fit: each takes 63 characters and a dot
    letters = room - (count - 1)
    sizes = [letters // count + (i < letters % count) for i in range(count)]
    return local + "@" + ".".join("d" * size for size in sizes) + tail


class InputVerbs:
    """Uses the scenario's driver, personas, sightings and the contract's CAPTCHA look-up."""

    # -- login ---------------------------------------------------------------------------------
    def log_in_typed(self: ResetSpec, name: str, typed: str) -> None:
        self.act_as(name)
        holder = self.who(name)
        self.driver.log_in(spellings.ADDRESS[typed](holder.persona.email), holder.password)

    def log_in_with_wrong_password(self: ResetSpec, name: str, differing: str) -> None:
        self.act_as(name)
        holder = self.who(name)
        self.driver.log_in(
            holder.persona.email, spellings.WRONG_PASSWORD[differing](holder.password)
        )

    def log_in_unknown(self: ResetSpec) -> None:
        self.act_as("visitor")
        email = f"personne+{self.token}@{UNKNOWN_DOMAIN}"
        self.driver.log_in(email, self.factory.valid_password(24))

    # -- the first step ----------------------------------------------------------------------
    def start_reset_typed(
        self: ResetSpec, name: str, address: str | None = None, captcha: str | None = None
    ) -> None:
        """Step 1 with the persona's address and the image's characters typed in these ways."""
        self.act_as(name)
        image = self._read_current_image() or self.open_first_step(name)
        email = self.who(name).persona.email
        typed_email = spellings.ADDRESS[address](email) if address else email
        if image not in self.seen.answers:
            raise LookupError(f"no characters known for image {image}: it died unread")
        characters = self.seen.answers[image]
        self.seen.image_before = image
        self.seen.used_captcha = characters
        typed = spellings.CAPTCHA[captcha](characters) if captcha else characters
        self.seen.typed_email = typed_email
        self.driver.submit_address(typed_email, typed)

    def start_reset_with_address_of_length(self: ResetSpec, length: int) -> None:
        self.start_reset(email=address_of_length(length, self.token))

    def start_reset_with_earlier_image(self: ResetSpec, name: str) -> None:
        """The characters of the image the last attempt was made on, on the new image."""
        earlier = self.seen.image_before
        assert earlier in self.seen.answers, "no earlier image was seen in this scenario"
        self.start_reset(name, captcha=self.seen.answers[earlier])

    def start_reset_with_other_visitors_image(self: ResetSpec, name: str) -> None:
        self.act_as(name)
        self._read_current_image()
        other = self.first_driver.another_device({**self.headers(), "X-Spec-Client": "other"})
        other.open_step1()
        image = other.shown_image()
        characters = self.control.captcha_answer(image or "")
        assert characters, "the other visitor's image has no characters in the contract"
        self.start_reset(name, captcha=characters)

    def confirm_address_verdict(self: ResetSpec, accepted: bool) -> None:
        if accepted:
            self.driver.expect_current_step(STEP2)
        else:
            self.driver.expect_current_step(STEP1)
            self.driver.expect_field_has_error("address")

    def confirm_image_verdict(self: ResetSpec, accepted: bool) -> None:
        if accepted:
            self.driver.expect_current_step(STEP2)
        else:
            self.driver.expect_current_step(STEP1)
            self.driver.expect_field_has_error("image")

    def open_first_step_repeatedly(self: ResetSpec, name: str, times: int) -> None:
        self.act_as(name)
        for _ in range(times):
            self.driver.open_step1()

    def submit_first_step_repeatedly_as(
        self: ResetSpec, name: str, times: int, other_addresses: bool = False
    ) -> None:
        """The same client posts step 1 again and again (wrong characters)."""
        self.act_as(name)
        self.driver.open_step1()
        for attempt in range(times):
            suffix = f"-{attempt}" if other_addresses else ""
            self.driver.submit_address(f"visiteur+{self.token}{suffix}@{UNKNOWN_DOMAIN}", "ZZZZZZ")

    def confirm_no_message(self: ResetSpec, message: str) -> None:
        self.driver.expect_no_message(message)

    # -- the second step ---------------------------------------------------------------------
    def answer_typed(self: ResetSpec, name: str, typed: str) -> None:
        self.act_as(name)
        self.driver.answer(spellings.ANSWER[typed](self.who(name).persona.answer))

    def answer_wrongly_from_start(
        self: ResetSpec, name: str, times: int, address: str | None = None
    ) -> None:
        """Reach the question (the address typed so, if said) and answer it wrongly."""
        self.open_first_step(name)
        self.start_reset_typed(name, address=address)
        self.driver.expect_reached(STEP2)
        self.answer_wrongly(name, times)
        self.driver.expect_current_step(STEP2)

    def start_reset_again(self: ResetSpec, name: str, elsewhere: bool = False) -> None:
        """A new visit: step 1 again (in another browser, if said) up to the question."""
        if elsewhere:
            self.switch_to_another_device(name)
        self.open_first_step(name)
        self.start_reset(name)
        self.driver.expect_reached(STEP2)

    def start_reset_unknown_typed(self: ResetSpec, typed: str) -> None:
        self.seen.unknown_email = f"personne+{self.token}@{UNKNOWN_DOMAIN}"
        self.start_reset(email=spellings.ADDRESS[typed](self.seen.unknown_email))

    def start_reset_again_in_capitals(self: ResetSpec) -> None:
        self.seen.question = self.driver.shown_question()
        self.open_first_step()
        self.start_reset(email=spellings.ADDRESS["in capitals"](self.seen.unknown_email or ""))

    # -- the third step and after -------------------------------------------------------------
    def choose_password_typed(self: ResetSpec, name: str, password: str, typed: str) -> None:
        self.choose_password(name, spellings.NEW_PASSWORD[typed](password))

    def choose_password_of_length(self: ResetSpec, name: str, length: int) -> None:
        self.choose_password(name, self.factory.valid_password(length))

    def choose_current_password_other_case(self: ResetSpec, name: str) -> None:
        self.choose_password(name, spellings.other_case(self.who(name).password))

    def choose_former_password(self: ResetSpec, name: str) -> None:
        former = self.who(name).former_password
        assert former, f"{name} has no former password in this scenario"
        self.choose_password(name, former)

    def reset_password_typed(self: ResetSpec, name: str, typed: str) -> None:
        self.open_first_step(name)
        self.start_reset_typed(name, address=typed)
        self.driver.expect_reached(STEP2)
        self.answer_question(name)
        self.driver.expect_reached(STEP3)
        self.choose_password(name)
        self.driver.expect_reached(SUMMARY)

    def open_summary_directly(self: ResetSpec, name: str) -> None:
        self.act_as(name)
        self.driver.open_summary_step()

    def open_new_password_step_elsewhere(self: ResetSpec, name: str) -> None:
        self.switch_to_another_device(name)
        self.driver.open_new_password_step()

    def confirm_still_at(self: ResetSpec, step: str) -> None:
        """Open the step's page again: a procedure that moved would not show it."""
        self.driver.reopen_step(step)
        self.driver.expect_current_step(step)

    def continue_with_same_image(self: ResetSpec, name: str) -> None:
        self.start_reset(name)
        self.driver.expect_current_step(STEP2)

    # -- what a page shows back, and pages in their error states (H06, H11, G18) ----------------
    def confirm_page_hides(self: ResetSpec, secrets: dict[str, str]) -> None:
        self._confirm_no_secret(self.driver.page_html(), secrets)

    def confirm_typed_passwords_hidden(self: ResetSpec) -> None:
        assert self.seen.typed_passwords, "no password was typed at step 3 in this scenario"
        self.confirm_page_hides(self.seen.typed_passwords)

    def confirm_login_password_masked(self: ResetSpec) -> None:
        kind = self.driver.login_password_type()
        assert kind == "password", f"the login password field is of type {kind!r}"

    def open_details_anonymously(self: ResetSpec) -> None:
        self.act_as("visitor")
        self.driver.open_details_page()

    def open_page_with_errors(self: ResetSpec, name: str, page: str) -> None:
        """The page as shown again after what a person most often gets wrong there."""
        if page == "the login page":
            self.log_in(name, password="UnMotDePasseFaux2026Paris")
        elif page == "step 1 of the reset":
            self.open_first_step(name)
            self.driver.submit_address("", "")
        elif page == "step 2 of the reset":
            self.reach_step(name, 2)
            self.answer_question(name, WRONG_ANSWER)
        elif page == "step 3 of the reset":
            self.reach_step(name, 3)
            self.choose_password(name, "Rosemonde2026Paris7", "Rosemonde2026Paris8")
        elif page == "the help page":
            self.block_reset(name)
        else:
            raise ValueError(f"no page called {page!r} with errors")

    # -- what must not happen: a message, a block, a logout, a secret in the log -----------------
    def confirm_nothing_to_correct(self: ResetSpec) -> None:
        self.driver.expect_nothing_to_correct()

    def confirm_no_lockout(self: ResetSpec) -> None:
        self.driver.expect_no_lockout()

    def confirm_too_many_requests(self: ResetSpec) -> None:
        status = self.driver.last_status()
        assert status == TOO_MANY_REQUESTS, f"the refusal came with status {status}, not 429"

    def open_logout_address(self: ResetSpec) -> None:
        self.driver.open_logout_address()

    def confirm_still_logged_in(self: ResetSpec) -> None:
        assert self.driver.still_in_space(), "the session was ended"

    def confirm_log_hides(self: ResetSpec, secret: str, what: str = "password") -> None:
        assert self.own_app, "the application's log is only readable for the harness's own app"
        self._confirm_no_secret(
            self.own_app.log_text(), {what: secret}, where="the application's log"
        )

    def play_audio_with_keyboard(self: ResetSpec) -> None:
        self.seen.audio_played = self.driver.keyboard_play_audio()

    def close_recommendations_with_escape(self: ResetSpec) -> None:
        self.driver.close_recommendations_with_escape()

    # -- states the maps name: after a block, after mistakes, a visit that is only a visit ------
    def visit_form_address(self: ResetSpec, form: str) -> None:
        self.driver.visit_quietly(form)

    def open_recommendations_with_keyboard(self: ResetSpec) -> None:
        self.driver.keyboard_open_recommendations()

    def reset_password_after_mistakes(self: ResetSpec, name: str) -> None:
        """The whole procedure with one mistake at each step first: the image, the answer, the
        new password; every page of it is kept for the checks that follow."""
        self.open_first_step(name)
        self.start_reset(name, captcha="ZZZZZZ")
        self.driver.expect_current_step(STEP1)
        self.start_reset(name)
        self.driver.expect_reached(STEP2)
        self.answer_question(name, WRONG_ANSWER)
        self.driver.expect_current_step(STEP2)
        self.answer_question(name)
        self.driver.expect_reached(STEP3)
        self.choose_password(name, "Rosemonde2026Paris7")
        self.driver.expect_current_step(STEP3)
        self.choose_password(name)
        self.driver.expect_reached(SUMMARY)

    def confirm_address_shown_as_typed(self: ResetSpec) -> None:
        typed = self.seen.typed_email
        assert typed, "no address was typed at the first step in this scenario"
        self.driver.expect_message(typed.strip())

    def confirm_support_shows_no_answer_field(self: ResetSpec) -> None:
        for label in ("Réponse de confiance", "Réponse à la question"):
            assert label not in self.seen.support_result, f"support shows a {label!r} field"
