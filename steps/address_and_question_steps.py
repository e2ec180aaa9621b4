"""The first two steps: address, CAPTCHA, security question (G02–G04, G17, H01–H04, H08)."""

from __future__ import annotations

from behave import given, step, then, when
from behave.runner import Context

import resetspec.step_types  # noqa: F401  (registers the parameter types)


@when('a visitor follows "Mot de passe oublié" from the login page')
def follows_forgotten(context: Context) -> None:
    context.spec.follow_forgotten_password()


@given("{person:Actor} is on the first step of the reset")
def on_first_step(context: Context, person: str) -> None:
    context.spec.open_first_step(person)


@step("{person:Actor} has reached step {number:Count} of the reset")
def reached_step(context: Context, person: str, number: int) -> None:
    context.spec.reach_step(person, number)


@when("{person:Actor} starts the reset with her address and the characters of the image")
def starts_reset(context: Context, person: str) -> None:
    context.spec.start_reset(person)


@when(
    "{person:Actor} starts the reset with her address and the characters of the image in lower case"
)
def starts_reset_lower_case(context: Context, person: str) -> None:
    context.spec.start_reset(person, lower_case=True)


@when(
    "{person:Actor} starts the reset with her address"
    " and the characters of the image she already used"
)
def starts_reset_used_image(context: Context, person: str) -> None:
    context.spec.start_reset_with_used_image(person)


@when("{person:Actor} starts the reset with her address and the characters of the previous image")
def starts_reset_previous_image(context: Context, person: str) -> None:
    context.spec.start_reset_with_previous_image(person)


@when('{person:Actor} starts the reset with her address and the characters "{characters:Text}"')
def starts_reset_with_characters(context: Context, person: str, characters: str) -> None:
    context.spec.start_reset(person, captcha=characters)


@when("a visitor starts the reset with no address and the characters of the image")
def starts_reset_without_address(context: Context) -> None:
    context.spec.start_reset(email="")


@when(
    'a visitor starts the reset with the address "{address:Text}" and the characters of the image'
)
def starts_reset_with_address(context: Context, address: str) -> None:
    context.spec.start_reset(email=address)


@when("a visitor starts the reset with an address that has no account")
def starts_reset_unknown(context: Context) -> None:
    context.spec.start_reset_for_unknown_address()


@given("a visitor has started the reset with an address that has no account")
def started_reset_unknown(context: Context) -> None:
    context.spec.start_reset_for_unknown_address()


@when("the visitor starts the reset again with the same address")
def starts_reset_again(context: Context) -> None:
    context.spec.start_reset_again_with_same_address()


@when("{person:Actor} asks for another image")
def asks_new_image(context: Context, person: str) -> None:
    context.spec.request_new_image()


@then("the image has changed")
def image_changed(context: Context) -> None:
    context.spec.confirm_image_changed()


@then("{person:Actor} can continue with her address and the characters of the new image")
def continues_with_new_image(context: Context, person: str) -> None:
    context.spec.continue_with_new_image(person)


@when("the visitor asks to listen to the audio extract")
def listens(context: Context) -> None:
    context.spec.listen_to_audio()


@then("an audio extract of the characters of the image is played")
def audio_played(context: Context) -> None:
    context.spec.confirm_audio_played()


@then("the image has a text alternative")
def image_alt(context: Context) -> None:
    context.spec.confirm_image_text_alternative()


@then("the image has an audio alternative")
def image_audio(context: Context) -> None:
    context.spec.confirm_audio_of_image()


@when("the visitor submits the first step {times:Count} times within a minute")
def submits_repeatedly(context: Context, times: int) -> None:
    context.spec.submit_first_step_repeatedly(times)


@given("a visitor has submitted the first step {times:Count} times within a minute")
def submitted_repeatedly(context: Context, times: int) -> None:
    context.spec.submit_first_step_repeatedly(times)


@then('the visitor is told "{message:Text}"')
def visitor_told(context: Context, message: str) -> None:
    context.spec.confirm_message(message)


@then('the current step is "{step_name:Text}"')
def current_step(context: Context, step_name: str) -> None:
    context.spec.confirm_current_step(step_name)


@then("the trail lists the four steps of the procedure")
def trail_lists(context: Context) -> None:
    context.spec.confirm_trail()


@then('the {field:Field} field says "{message:Text}"')
def field_says(context: Context, field: str, message: str) -> None:
    context.spec.confirm_field_error(field, message)


@then('{person:Actor} is asked "{question:Text}" beside her login address')
def asked_question(context: Context, person: str, question: str) -> None:
    context.spec.confirm_question(person, question)


@then("the visitor is asked a security question beside that address")
def asked_some_question(context: Context) -> None:
    context.spec.confirm_some_question_for_unknown_address()


@then("the visitor is asked the same security question as before")
def asked_same_question(context: Context) -> None:
    context.spec.confirm_same_question()


@step('{person:Actor} answers the security question with "{answer:Text}"')
def answers(context: Context, person: str, answer: str) -> None:
    context.spec.answer_question(person, answer)


@when("{person:Actor} answers the security question wrongly {times:Count} times")
def answers_wrongly(context: Context, person: str, times: int) -> None:
    context.spec.answer_wrongly(person, times)


@given("{person:Actor}'s reset is blocked after 5 wrong answers")
def reset_blocked(context: Context, person: str) -> None:
    context.spec.block_reset(person)


@then('{person:Actor} is shown the help with "{message:Text}"')
def shown_help(context: Context, person: str, message: str) -> None:
    context.spec.confirm_lockout(message)


@when("{person:Actor} goes back one step")
def goes_back(context: Context, person: str) -> None:
    context.spec.go_back()


@when("{person:Actor} tries to open the new-password step directly")
def opens_step3_directly(context: Context, person: str) -> None:
    context.spec.open_new_password_step_directly(person)


@when("a visitor tries to open the question step directly")
def opens_step2_directly(context: Context) -> None:
    context.spec.open_question_step_directly()


@then('{person:Actor} is sent back to the first step with "{message:Text}"')
def sent_back(context: Context, person: str, message: str) -> None:
    context.spec.confirm_sent_back(message)
