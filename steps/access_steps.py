"""Accounts, the login page, the professional space and the clock (G01, G02, G12, G18, H05, H10)."""

from __future__ import annotations

from datetime import datetime

from behave import given, step, then, when
from behave.runner import Context

import resetspec.spec.step_types  # noqa: F401  (registers the parameter types)


@given("{person:Actor} has a professional account as in the guide")
def has_account(context: Context, person: str) -> None:
    context.spec.access.create_account(person)


@given("{person:Actor} has a professional account")
def has_own_account(context: Context, person: str) -> None:
    context.spec.access.create_account(person)


@given('{person:Actor} has a professional account whose question is "{question:Text}"')
def has_account_asking(context: Context, person: str, question: str) -> None:
    context.spec.access.create_account(person, question=question)


@given("{person:Actor} has a professional account whose password was set on {day:Moment}")
def has_account_set_on(context: Context, person: str, day: datetime) -> None:
    context.spec.access.create_account(person, password_set_at=day.isoformat())


@step("it is {moment:Moment} in Paris")
def it_is(context: Context, moment: datetime) -> None:
    context.spec.journey.set_time(moment)


@step("{minutes:Count} minutes pass")
def minutes_pass(context: Context, minutes: int) -> None:
    context.spec.journey.let_time_pass(minutes)


@given("{minutes:Count} minutes have passed")
def minutes_passed(context: Context, minutes: int) -> None:
    context.spec.journey.let_time_pass(minutes)


@when('a visitor follows "{link:Text}" from the login page')
def follows_from_login(context: Context, link: str) -> None:
    context.spec.access.follow_from_login(link)


@then('a page headed "{heading:Text}" is shown')
def page_headed(context: Context, heading: str) -> None:
    context.spec.journey.confirm_heading(heading)


@when("a visitor opens the login page")
def open_login_page(context: Context) -> None:
    context.spec.access.open_login_page()


@given("{person:Actor} is logged in")
def is_logged_in(context: Context, person: str) -> None:
    context.spec.access.log_in(person)


@given("{person:Actor} is logged in on another device")
def is_logged_in_elsewhere(context: Context, person: str) -> None:
    context.spec.access.log_in_on_another_device(person)


@given("{person:Actor} is logged in on a third device")
def is_logged_in_on_third(context: Context, person: str) -> None:
    context.spec.access.log_in_on_another_device(person)


@step("{person:Actor} logs in with her address and her password")
def logs_in(context: Context, person: str) -> None:
    context.spec.access.log_in(person)


@when("{person:Actor} logs in with her address {typed:AddressForm} and her password")
def logs_in_typed(context: Context, person: str, typed: str) -> None:
    context.spec.access.log_in_typed(person, typed)


@when("{person:Actor} logs in with her address and her password {differing:WrongPassword}")
def logs_in_wrong_password(context: Context, person: str, differing: str) -> None:
    context.spec.access.log_in_with_wrong_password(person, differing)


@when("a visitor logs in with an address that has no account")
def logs_in_unknown(context: Context) -> None:
    context.spec.access.log_in_unknown()


@step('{person:Actor} logs in with her address and the password "{password:Text}"')
def logs_in_with(context: Context, person: str, password: str) -> None:
    context.spec.access.log_in(person, password)


@step("{person:Actor} logs in with her address and her former password")
def logs_in_with_former(context: Context, person: str) -> None:
    context.spec.access.log_in(person, former=True)


@then("{person:Actor} is in her professional space")
def is_in_space(context: Context, person: str) -> None:
    context.spec.by(person).access.confirm_in_space()


@then('{person:Actor} is refused with "{message:Text}"')
def is_refused(context: Context, person: str, message: str) -> None:
    context.spec.by(person).access.confirm_refused(message)


@then('the login page reads "{heading:Text}"')
def login_page_reads(context: Context, heading: str) -> None:
    context.spec.access.confirm_login_page(heading)


@then("the login page offers the links:")
def login_page_links(context: Context) -> None:
    context.spec.access.confirm_links([row[0] for row in context.table])


@then("the space lists the companies:")
def space_lists(context: Context) -> None:
    context.spec.access.confirm_companies(
        [(row["SIREN"], row["Dénomination"]) for row in context.table]
    )


@when('{person:Actor} opens "Gérer vos coordonnées"')
def opens_details(context: Context, person: str) -> None:
    context.spec.by(person).access.open_details()


@then(
    "{person:Actor} sees her subscriber number, her login address"
    ' and the question "{question:Text}"'
)
def sees_details(context: Context, person: str, question: str) -> None:
    context.spec.access.confirm_details(person, question)


@then("the page does not show her security answer")
def answer_not_shown(context: Context) -> None:
    context.spec.access.confirm_answer_not_shown()


@then("{person:Actor}'s other device is no longer in her professional space")
def other_device_out(context: Context, person: str) -> None:
    context.spec.access.confirm_other_devices_logged_out(person)


@then("none of {person:Actor}'s other devices is still in her professional space")
def other_devices_out(context: Context, person: str) -> None:
    context.spec.access.confirm_other_devices_logged_out(person)


@then("{person:Actor}'s other device is still in her professional space")
def other_device_in(context: Context, person: str) -> None:
    context.spec.access.confirm_other_device_still_in(person)


@when('a visitor opens "Gérer vos coordonnées" without logging in')
def opens_details_anonymously(context: Context) -> None:
    context.spec.access.open_details_anonymously()


@then("{person:Actor} is not logged in")
def not_logged_in(context: Context, person: str) -> None:
    context.spec.by(person).access.confirm_not_logged_in()
