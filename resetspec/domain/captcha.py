"""The image of step 1, its replacement and its audio extract (G02, H01, H11)."""

from __future__ import annotations

from resetspec.domain.address import Address
from resetspec.domain.base import Verbs
from resetspec.domain.state import STEP2, ScenarioState
from resetspec.drivers.protocol import AddressStep, Wizard


class Captcha(Verbs):
    roles = (AddressStep, Wizard)  # what it asks of the driver

    def __init__(self, state: ScenarioState, address: Address) -> None:
        super().__init__(state)
        self.address = address

    def request_new_image(self) -> None:
        seen = self.state.seen
        old = self.state.note_image()
        seen.previous_captcha = seen.answers.get(old or "")
        seen.image_before = old
        self.driver.change_image()
        self.state.note_image()

    def continue_with_new_image(self, name: str) -> None:
        self.address.start_reset(name)
        self.driver.expect_current_step(STEP2)

    def confirm_image_changed(self) -> None:
        now = self.driver.captcha_id()
        assert now and now != self.state.seen.image_before, "the image is still the same one"

    def confirm_image_verdict(self, accepted: bool) -> None:
        self.address.confirm_step1_verdict(accepted, "image")

    def confirm_image_shown(self) -> None:
        self.driver.expect_image_shown()

    def confirm_image_text_alternative(self) -> None:
        alt = self.driver.captcha_alt()
        assert alt.strip(), "the CAPTCHA image has no text alternative"

    # -- the audio extract -----------------------------------------------------------------
    def listen_to_audio(self) -> None:
        self.state.seen.audio_played = self.driver.play_audio()

    def play_audio_with_keyboard(self) -> None:
        self.state.seen.audio_played = self.driver.keyboard_play_audio()

    def confirm_audio_played(self) -> None:
        """What played is the audio of the image on screen, and it is real audio."""
        played = self.state.seen.audio_played
        assert played, "no audio extract was played"
        image = self.driver.captcha_id()
        assert image in played, f"{played} is not image {image}'s"
        self.confirm_audio_of_image()

    def confirm_audio_of_image(self) -> None:
        image = self.driver.captcha_id()
        url, content_type, body = self.driver.fetch_audio()
        assert content_type.startswith("audio/"), f"the extract is {content_type!r}, not audio"
        assert len(body) > 1000, "the audio extract is empty"
        assert image in url, f"the audio {url} is not the one of image {image}"
