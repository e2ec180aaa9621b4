"""Step 1 of the reset: the address and the image's characters, typed in the ways the
example maps name, by personas and by visitors with no account (G02, G03, H03, H08)."""

from __future__ import annotations

from resetspec.domain.base import Verbs
from resetspec.domain.state import STEP1, STEP2, UNKNOWN_DOMAIN, VISITOR, WRONG_CHARACTERS
from resetspec.drivers.protocol import AddressStep, Reading, Wizard
from resetspec.spec import spellings


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


class Address(Verbs):
    roles = (Reading, AddressStep, Wizard)  # what it asks of the driver

    def open_first_step(self, name: str = VISITOR) -> str | None:
        """Open step 1 and note its image's characters; the image's id."""
        self.act_as(name)
        self.driver.open_step1()
        return self.state.note_image()

    def follow_forgotten_password(self) -> None:
        self.driver.follow_forgotten_password()

    def _image_on_screen(self, name: str) -> str | None:
        return self.state.note_image() or self.open_first_step(name)

    def start_reset(
        self, name: str = VISITOR, email: str | None = None, captcha: str | None = None
    ) -> None:
        """The address (the persona's by default) and the image's characters."""
        self.act_as(name)
        seen = self.state.seen
        image = self._image_on_screen(name)
        seen.image_before = image
        if email is None:
            email = self.who(name).persona.email
        if captcha is None:
            if image not in seen.answers:
                raise LookupError(f"no characters known for image {image}: it died unread")
            captcha = seen.answers[image]
            seen.used_captcha = captcha
        seen.typed_email = email
        self.driver.submit_address(email, captcha)

    def start_reset_typed(
        self, name: str, address: str | None = None, captcha: str | None = None
    ) -> None:
        """The persona's address and the image's characters typed in these ways."""
        self.act_as(name)
        seen = self.state.seen
        image = self._image_on_screen(name)
        email = self.who(name).persona.email
        typed_email = spellings.ADDRESS[address](email) if address else email
        if image not in seen.answers:
            raise LookupError(f"no characters known for image {image}: it died unread")
        characters = seen.answers[image]
        seen.image_before = image
        seen.used_captcha = characters
        typed = spellings.CAPTCHA[captcha](characters) if captcha else characters
        seen.typed_email = typed_email
        self.driver.submit_address(typed_email, typed)

    def start_reset_with_used_image(self, name: str) -> None:
        assert self.state.seen.used_captcha, "no image has been used in this scenario"
        self.start_reset(name, captcha=self.state.seen.used_captcha)

    def start_reset_with_previous_image(self, name: str) -> None:
        assert self.state.seen.previous_captcha, "no image was replaced in this scenario"
        self.start_reset(name, captcha=self.state.seen.previous_captcha)

    def start_reset_with_earlier_image(self, name: str) -> None:
        """The characters of the image the last attempt was made on, on the new image."""
        earlier = self.state.seen.image_before
        assert earlier in self.state.seen.answers, "no earlier image was seen in this scenario"
        self.start_reset(name, captcha=self.state.seen.answers[earlier])

    def start_reset_with_other_visitors_image(self, name: str) -> None:
        self.act_as(name)
        self.state.note_image()
        other = self.state.another_device(client="other")
        other.open_step1()
        characters = self.state.control.captcha_answer(other.shown_image() or "")
        assert characters, "the other visitor's image has no characters in the contract"
        self.start_reset(name, captcha=characters)

    def start_reset_with_address_of_length(self, length: int) -> None:
        self.start_reset(email=address_of_length(length, self.state.token))

    def continue_with_same_image(self, name: str) -> None:
        self.start_reset(name)
        self.driver.expect_current_step(STEP2)

    # -- an address with no account (H03) --------------------------------------------------
    def _unknown_email(self) -> str:
        self.state.seen.unknown_email = f"personne+{self.state.token}@{UNKNOWN_DOMAIN}"
        return self.state.seen.unknown_email

    def start_reset_for_unknown_address(self) -> str:
        email = self._unknown_email()
        self.start_reset(VISITOR, email=email)
        return email

    def start_reset_unknown_typed(self, typed: str) -> None:
        self.start_reset(email=spellings.ADDRESS[typed](self._unknown_email()))

    def start_reset_again_with_same_address(self) -> None:
        self.state.seen.question = self.driver.shown_question()
        self.open_first_step()
        self.start_reset(VISITOR, email=self.state.seen.unknown_email)

    def start_reset_again_in_capitals(self) -> None:
        self.state.seen.question = self.driver.shown_question()
        self.open_first_step()
        unknown = self.state.seen.unknown_email or ""
        self.start_reset(email=spellings.ADDRESS["in capitals"](unknown))

    # -- verdicts and repetitions ------------------------------------------------------------
    def confirm_address_verdict(self, accepted: bool) -> None:
        self.confirm_step1_verdict(accepted, "address")

    def confirm_step1_verdict(self, accepted: bool, field_name: str) -> None:
        """Accepted: on to the question; refused: still step 1, the field said wrong."""
        if accepted:
            self.driver.expect_current_step(STEP2)
        else:
            self.driver.expect_current_step(STEP1)
            self.driver.expect_field_has_error(field_name)

    def confirm_address_shown_as_typed(self) -> None:
        typed = self.state.seen.typed_email
        assert typed, "no address was typed at the first step in this scenario"
        self.driver.expect_message(typed.strip())

    def open_first_step_repeatedly(self, name: str, times: int) -> None:
        self.act_as(name)
        for _ in range(times):
            self.driver.open_step1()

    def submit_first_step_repeatedly_as(
        self, name: str, times: int, other_addresses: bool = False
    ) -> None:
        """The same client posts step 1 again and again (wrong characters)."""
        self.act_as(name)
        self.driver.open_step1()
        for attempt in range(times):
            suffix = f"-{attempt}" if other_addresses else ""
            address = f"visiteur+{self.state.token}{suffix}@{UNKNOWN_DOMAIN}"
            self.driver.submit_address(address, WRONG_CHARACTERS)
