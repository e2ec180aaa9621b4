"""The second step and the walk through the procedure: the question, the answers and their
block, the trail, going back, skipping ahead (G04, G13, G17, H02–H04)."""

from __future__ import annotations

from behave import given, step, then, when
from behave.runner import Context

import resetspec.spec.step_types  # noqa: F401  (registers the parameter types)


@given('{person:Actor} has answered the security question with "{answer:Text}"')
def has_answered(context: Context, person: str, answer: str) -> None:
    context.spec.question.answer_question(person, answer)


@then('the current step is "{step_name:Text}"')
def current_step(context: Context, step_name: str) -> None:
    context.spec.journey.confirm_current_step(step_name)


@then("the trail lists the four steps of the procedure")
def trail_lists(context: Context) -> None:
    context.spec.journey.confirm_trail()


@then('the {field:Field} field says "{message:Text}"')
def field_says(context: Context, field: str, message: str) -> None:
    context.spec.journey.confirm_field_error(field, message)


@then('{person:Actor} is asked "{question:Text}"')
def asked_question_only(context: Context, person: str, question: str) -> None:
    context.spec.by(person).question.confirm_question_only(question)


@then('{person:Actor} is asked "{question:Text}" beside her login address')
def asked_question(context: Context, person: str, question: str) -> None:
    context.spec.question.confirm_question(person, question)


@then("the visitor is asked a security question beside that address")
def asked_some_question(context: Context) -> None:
    context.spec.question.confirm_some_question_for_unknown_address()


@then("the visitor is asked the same security question as before")
def asked_same_question(context: Context) -> None:
    context.spec.question.confirm_same_question()


@step('{person:Actor} answers the security question with "{answer:Text}"')
def answers(context: Context, person: str, answer: str) -> None:
    context.spec.question.answer_question(person, answer)


@when("{person:Actor} answers the security question wrongly {times:Count} times")
def answers_wrongly(context: Context, person: str, times: int) -> None:
    context.spec.question.answer_wrongly(person, times)


@when("{person:Actor} answers the security question with her answer {typed:AnswerForm}")
def answers_typed(context: Context, person: str, typed: str) -> None:
    context.spec.question.answer_typed(person, typed)


@given("{person:Actor} has answered the security question wrongly {times:Count} times")
def answered_wrongly(context: Context, person: str, times: int) -> None:
    context.spec.question.answer_wrongly_from_start(person, times)


@given(
    "{person:Actor} has answered the security question wrongly {times:Count} times"
    " with her address typed {typed:AddressForm}"
)
def answered_wrongly_typed(context: Context, person: str, times: int, typed: str) -> None:
    context.spec.question.answer_wrongly_from_start(person, times, address=typed)


@step("{person:Actor}'s reset is blocked after 5 wrong answers")
def reset_blocked(context: Context, person: str) -> None:
    context.spec.journey.block_reset(person)


@then('{person:Actor} is shown the help with "{message:Text}"')
def shown_help(context: Context, person: str, message: str) -> None:
    context.spec.by(person).support.confirm_lockout(message)


@when("{person:Actor} goes back one step")
def goes_back(context: Context, person: str) -> None:
    context.spec.by(person).journey.go_back()


@when("{person:Actor} tries to open the new-password step directly")
def opens_step3_directly(context: Context, person: str) -> None:
    context.spec.journey.open_new_password_step_directly(person)


@when("{person:Actor} tries to open the summary directly")
def opens_summary_directly(context: Context, person: str) -> None:
    context.spec.journey.open_summary_directly(person)


@when("{person:Actor} tries to open the new-password step directly on another device")
def opens_step3_elsewhere(context: Context, person: str) -> None:
    context.spec.journey.open_new_password_step_elsewhere(person)


@then('{person:Actor}\'s procedure is still at "{step_name:Text}"')
def still_at(context: Context, person: str, step_name: str) -> None:
    context.spec.by(person).journey.confirm_still_at(step_name)


@then("{person:Actor} can still continue with her address and the characters of the image")
def still_continues(context: Context, person: str) -> None:
    context.spec.address.continue_with_same_image(person)


@given("{person:Actor} has reached step {number:Count} of the reset in a browser of her own")
def reached_step_elsewhere(context: Context, person: str, number: int) -> None:
    context.spec.replays.other_visitor_reaches_step(person, number)


@given(
    "{count:Count} visitors have each reached step {number:Count} of the reset"
    " in a browser of their own"
)
def others_reached(context: Context, count: int, number: int) -> None:
    context.spec.replays.other_visitors_reach_step(count, number)


@then("each of those visitors can go on with her procedure")
def others_go_on(context: Context) -> None:
    context.spec.replays.confirm_other_visitors_go_on()


@then("{person:Actor} can go on with her procedure")
def goes_on(context: Context, person: str) -> None:
    context.spec.replays.other_visitor_goes_on(person)


@given("{person:Actor} has reached step {number:Count} of the reset on two devices")
def reached_on_two(context: Context, person: str, number: int) -> None:
    context.spec.replays.reach_step_on_two_devices(person, number)


@when("{person:Actor} chooses a new password on the second device")
def chooses_on_second(context: Context, person: str) -> None:
    context.spec.replays.choose_password_on_second_device(person)


@then('the second device is sent back to the first step with "{message:Text}"')
def second_sent_back(context: Context, message: str) -> None:
    context.spec.replays.confirm_second_device_sent_back(message)


@when("{person:Actor} reaches step {number:Count} of the reset")
def reaches_step(context: Context, person: str, number: int) -> None:
    context.spec.journey.reach_step(person, number)


@given("{person:Actor} has been sent back to the first step for opening the question step again")
def sent_back_for_question(context: Context, person: str) -> None:
    context.spec.replays.reopen_question_and_be_sent_back(person)


@when("{person:Actor} tries to open the question step directly")
def opens_step2_directly(context: Context, person: str) -> None:
    context.spec.journey.open_question_step_directly(person)


@then('{person:Actor} is sent back to the first step with "{message:Text}"')
def sent_back(context: Context, person: str, message: str) -> None:
    context.spec.by(person).journey.confirm_sent_back(message)


@when('{person:Actor} answers the security question with "{answer:Text}" in her first browser')
def answers_in_first_browser(context: Context, person: str, answer: str) -> None:
    context.spec.replays.answer_in_first_browser(person, answer)
