"""The first step: the address, the CAPTCHA and its alternatives, the request rate, unknown
addresses (G02, G03, H01, H03, H08)."""

from __future__ import annotations

from behave import given, step, then, when
from behave.runner import Context

import resetspec.spec.step_types  # noqa: F401  (registers the parameter types)


@given("{person:Actor} is on the first step of the reset")
@when("{person:Actor} opens the first step of the reset")
def on_first_step(context: Context, person: str) -> None:
    context.spec.address.open_first_step(person)


@step("{person:Actor} has reached step {number:Count} of the reset")
def reached_step(context: Context, person: str, number: int) -> None:
    context.spec.journey.reach_step(person, number)


@when("{person:Actor} starts the reset with her address and the characters of the image")
def starts_reset(context: Context, person: str) -> None:
    context.spec.address.start_reset(person)


@when(
    "{person:Actor} starts the reset with her address"
    " and the characters of the image {typed:CaptchaForm}"
)
def starts_reset_typed_characters(context: Context, person: str, typed: str) -> None:
    context.spec.address.start_reset_typed(person, captcha=typed)


@when(
    "{person:Actor} starts the reset with her address {typed:AddressForm}"
    " and the characters of the image"
)
def starts_reset_typed_address(context: Context, person: str, typed: str) -> None:
    context.spec.address.start_reset_typed(person, address=typed)


@when("{person:Actor} starts the reset with her address and the characters of the image before")
def starts_reset_earlier_image(context: Context, person: str) -> None:
    context.spec.address.start_reset_with_earlier_image(person)


@when(
    "{person:Actor} starts the reset with her address"
    " and the characters of an image shown to another visitor"
)
def starts_reset_other_image(context: Context, person: str) -> None:
    context.spec.address.start_reset_with_other_visitors_image(person)


@when(
    "a visitor starts the reset with an address of {length:Count} characters"
    " and the characters of the image"
)
def starts_reset_long_address(context: Context, length: int) -> None:
    context.spec.address.start_reset_with_address_of_length(length)


@then("the address is {accepted:Verdict}")
def address_verdict(context: Context, accepted: bool) -> None:
    context.spec.address.confirm_address_verdict(accepted)


@then("the image is {accepted:Verdict}")
def image_verdict(context: Context, accepted: bool) -> None:
    context.spec.captcha.confirm_image_verdict(accepted)


@when(
    "{person:Actor} starts the reset with her address"
    " and the characters of the image she already used"
)
def starts_reset_used_image(context: Context, person: str) -> None:
    context.spec.address.start_reset_with_used_image(person)


@when("{person:Actor} starts the reset with her address and the characters of the previous image")
def starts_reset_previous_image(context: Context, person: str) -> None:
    context.spec.address.start_reset_with_previous_image(person)


@when('{person:Actor} starts the reset with her address and the characters "{characters:Text}"')
def starts_reset_with_characters(context: Context, person: str, characters: str) -> None:
    context.spec.address.start_reset(person, captcha=characters)


@when("a visitor starts the reset with no address and the characters of the image")
def starts_reset_without_address(context: Context) -> None:
    context.spec.address.start_reset(email="")


@when(
    'a visitor starts the reset with the address "{address:Text}" and the characters of the image'
)
def starts_reset_with_address(context: Context, address: str) -> None:
    context.spec.address.start_reset(email=address)


@when(
    'a visitor starts the reset with the address "{address:Text}"'
    ' and the characters "{characters:Text}"'
)
def starts_reset_with_both(context: Context, address: str, characters: str) -> None:
    context.spec.address.start_reset(email=address, captcha=characters)


@given(
    '{person:Actor} has started the reset with her address and the characters "{characters:Text}"'
)
def started_reset_with_characters(context: Context, person: str, characters: str) -> None:
    context.spec.address.start_reset(person, captcha=characters)


@given('{person:Actor} has started the reset with the address "{address:Text}"')
def started_reset_with_address(context: Context, person: str, address: str) -> None:
    context.spec.address.start_reset(person, email=address)


@when("a visitor starts the reset with an address that has no account, typed {typed:AddressForm}")
def starts_reset_unknown_typed(context: Context, typed: str) -> None:
    context.spec.address.start_reset_unknown_typed(typed)


@then("the address is shown as it was typed")
def address_as_typed(context: Context) -> None:
    context.spec.address.confirm_address_shown_as_typed()


@when("a visitor starts the reset with an address that has no account")
def starts_reset_unknown(context: Context) -> None:
    context.spec.address.start_reset_for_unknown_address()


@given("a visitor has started the reset with an address that has no account")
def started_reset_unknown(context: Context) -> None:
    context.spec.address.start_reset_for_unknown_address()


@when("the visitor starts the reset again with the same address")
def starts_reset_again(context: Context) -> None:
    context.spec.address.start_reset_again_with_same_address()


@when("the visitor starts the reset again with the same address in capitals")
def starts_reset_again_capitals(context: Context) -> None:
    context.spec.address.start_reset_again_in_capitals()


@when("{person:Actor} starts the reset again")
def person_starts_again(context: Context, person: str) -> None:
    context.spec.journey.start_reset_again(person)


@when("{person:Actor} starts the reset again on another device")
def person_starts_again_elsewhere(context: Context, person: str) -> None:
    context.spec.journey.start_reset_again(person, elsewhere=True)


@step("{person:Actor} asks for another image")
def asks_new_image(context: Context, person: str) -> None:
    context.spec.by(person).captcha.request_new_image()


@given("{person:Actor} has asked for another image")
def asked_new_image(context: Context, person: str) -> None:
    context.spec.by(person).captcha.request_new_image()


@then("the image has changed")
def image_changed(context: Context) -> None:
    context.spec.captcha.confirm_image_changed()


@then("{person:Actor} can continue with her address and the characters of the new image")
def continues_with_new_image(context: Context, person: str) -> None:
    context.spec.captcha.continue_with_new_image(person)


@when("the visitor asks to listen to the audio extract")
def listens(context: Context) -> None:
    context.spec.captcha.listen_to_audio()


@then("an audio extract of the characters of the image is played")
def audio_played(context: Context) -> None:
    context.spec.captcha.confirm_audio_played()


@then("the image of characters is shown")
def image_shown(context: Context) -> None:
    context.spec.captcha.confirm_image_shown()


@then("the image has a text alternative")
def image_alt(context: Context) -> None:
    context.spec.captcha.confirm_image_text_alternative()


@then("the image has an audio alternative")
def image_audio(context: Context) -> None:
    context.spec.captcha.confirm_audio_of_image()


@when("the visitor submits the first step {times:Count} times within a minute")
def submits_repeatedly(context: Context, times: int) -> None:
    context.spec.address.submit_first_step_repeatedly_as("visitor", times)


@when(
    "the visitor submits the first step {times:Count} times within a minute,"
    " each with another address"
)
def submits_repeatedly_other_addresses(context: Context, times: int) -> None:
    context.spec.address.submit_first_step_repeatedly_as("visitor", times, other_addresses=True)


@given("{person:Actor} has submitted the first step {times:Count} times within a minute")
def submitted_repeatedly(context: Context, person: str, times: int) -> None:
    context.spec.address.submit_first_step_repeatedly_as(person, times)


@given("{person:Actor} has opened the first step {times:Count} times within a minute")
def opened_repeatedly(context: Context, person: str, times: int) -> None:
    context.spec.address.open_first_step_repeatedly(person, times)


@then("the page asks for nothing to be put right")
def nothing_to_correct(context: Context) -> None:
    context.spec.journey.confirm_nothing_to_correct()


@then("the refusal says there were too many requests")
def too_many_requests(context: Context) -> None:
    context.spec.hardening.confirm_too_many_requests()


@when("the visitor plays the audio extract with the keyboard alone")
def plays_audio_by_keyboard(context: Context) -> None:
    context.spec.captcha.play_audio_with_keyboard()


@then('the visitor is not told "{message:Text}"')
def visitor_not_told(context: Context, message: str) -> None:
    context.spec.journey.confirm_no_message(message)


@then('the visitor is told "{message:Text}"')
def visitor_told(context: Context, message: str) -> None:
    context.spec.journey.confirm_message(message)
