"""The help page, the hotline and the support lookup (G13–G15, H02)."""

from __future__ import annotations

from behave import given, then, when
from behave.runner import Context

import resetspec.spec.step_types  # noqa: F401  (registers the parameter types)


@when("a visitor opens the help")
def opens_help(context: Context) -> None:
    context.spec.support.open_help()


@then("the help says the procedure needs:")
def help_prerequisites(context: Context) -> None:
    context.spec.journey.confirm_texts([row[0] for row in context.table])


@then("the help offers, for a procedure that cannot be completed:")
def help_fallback(context: Context) -> None:
    context.spec.support.confirm_fallback([row[0] for row in context.table])


@when("{person:Actor} opens the help from the page")
def opens_help_from_page(context: Context, person: str) -> None:
    context.spec.by(person).support.open_help_from_page()


@then("the help shows no lockout notice")
def no_lockout(context: Context) -> None:
    context.spec.support.confirm_no_lockout()


@then("the help is shown")
def help_shown(context: Context) -> None:
    context.spec.support.confirm_help_shown()


@then("the page links to the help")
def links_to_help(context: Context) -> None:
    context.spec.support.confirm_help_link()


@then('the help gives the hotline "{number:Text}", "{price:Text}", "{hours:Text}"')
def help_hotline(context: Context, number: int, price: str, hours: str) -> None:
    context.spec.journey.confirm_texts([number, price, hours])


@then('the help gives the way to the online form "{step_name:Text}"')
def help_online_form(context: Context, step_name: str) -> None:
    context.spec.journey.confirm_texts([step_name])


@then("the help says the hotline is {is_open:HotlineState}")
def hotline_state(context: Context, is_open: bool) -> None:
    context.spec.support.confirm_hotline_open(is_open)


@given("a support agent is signed in")
def agent_signed_in(context: Context) -> None:
    context.spec.support.sign_in_support_agent()


@when("the agent looks up {person:Actor}'s subscriber number")
def looks_up_number(context: Context, person: str) -> None:
    context.spec.support.look_up(person, by="subscriber number")


@when("the agent looks up {person:Actor}'s login address")
def looks_up_address(context: Context, person: str) -> None:
    context.spec.support.look_up(person, by="address")


@when("the agent looks up {person:Actor}'s login address typed {typed:AddressForm}")
def looks_up_typed(context: Context, person: str, typed: str) -> None:
    context.spec.support.look_up(person, by="address", typed=typed)


@when("the agent looks up {person:Actor}'s subscriber number without its last figure")
def looks_up_part(context: Context, person: str) -> None:
    context.spec.support.look_up(person, by="part of the subscriber number")


@when("a visitor opens the support lookup without signing in")
def opens_lookup_anonymously(context: Context) -> None:
    context.spec.support.open_support_lookup_anonymously()


@then("the visitor is asked to sign in as support")
def asked_to_sign_in(context: Context) -> None:
    context.spec.support.confirm_support_sign_in_asked()


@when("a support agent signs in with a login one character short and the right password")
def agent_login_short(context: Context) -> None:
    context.spec.support.sign_in_support_with_a_login_one_character_short()


@then("the agent is refused the support space")
def agent_refused(context: Context) -> None:
    context.spec.support.confirm_support_sign_in_asked()


@when("the agent searches with the search field empty")
def searches_nothing(context: Context) -> None:
    context.spec.support.look_up(by="nothing")


@then('the agent is not told "{message:Text}"')
def agent_not_told(context: Context, message: str) -> None:
    context.spec.journey.confirm_no_message(message)


@when("the agent looks up an address that has no account")
def looks_up_unknown(context: Context) -> None:
    context.spec.support.look_up()


@then("the agent sees {person:Actor}'s subscriber number, login address and security question")
def agent_sees(context: Context, person: str) -> None:
    context.spec.support.confirm_support_shows(person)


@then("the agent does not see {person:Actor}'s security answer")
def agent_does_not_see(context: Context, person: str) -> None:
    context.spec.support.confirm_support_hides_answer(person)


@then("the agent is shown no answer field")
def agent_no_answer_field(context: Context) -> None:
    context.spec.support.confirm_support_shows_no_answer_field()


@then('the agent is told "{message:Text}"')
def agent_told(context: Context, message: str) -> None:
    context.spec.journey.confirm_message(message)
