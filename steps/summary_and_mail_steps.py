"""The whole reset, its summary and its confirmation mail (G09–G11, H09)."""

from __future__ import annotations

from datetime import datetime

from behave import given, then, when
from behave.runner import Context

import resetspec.spec.step_types  # noqa: F401  (registers the parameter types)


@when("{person:Actor} resets her password")
def resets(context: Context, person: str) -> None:
    context.spec.journey.reset_password(person)


@when('{person:Actor} resets her password to "{password:Text}"')
def resets_to(context: Context, person: str, password: str) -> None:
    context.spec.journey.reset_password(person, password)


@when("{person:Actor} resets her password with her address typed {typed:AddressForm}")
def resets_typed(context: Context, person: str, typed: str) -> None:
    context.spec.journey.reset_password_typed(person, typed)


@when("{person:Actor} resets her password after a mistake at each step")
def resets_after_mistakes(context: Context, person: str) -> None:
    context.spec.journey.reset_password_after_mistakes(person)


@given("{person:Actor} has reset her password")
def has_reset(context: Context, person: str) -> None:
    context.spec.journey.reset_password(person)


@given('{person:Actor} has reset her password to "{password:Text}"')
def has_reset_to(context: Context, person: str, password: str) -> None:
    context.spec.journey.reset_password(person, password)


@when("{person:Actor} resets her password with the keyboard alone")
def resets_with_keyboard(context: Context, person: str) -> None:
    context.spec.journey.reset_password_with_keyboard(person)


@then("the summary reads:")
def summary_reads_table(context: Context) -> None:
    context.spec.journey.confirm_texts([row[0] for row in context.table])


@then('the summary reads "{text:Text}"')
def summary_reads(context: Context, text: str) -> None:
    context.spec.journey.confirm_texts([text])


@when('{person:Actor} follows "{link:Text}"')
def follows(context: Context, person: str, link: str) -> None:
    context.spec.by(person).journey.follow(link)


@then("{person:Actor} receives a confirmation mail at her login address")
def receives_mail(context: Context, person: str) -> None:
    context.spec.mail.confirm_mail_received(person)


@then('the mail comes from "{sender:Text}"')
def mail_from(context: Context, sender: str) -> None:
    context.spec.mail.confirm_mail_sender(sender)


@then('the mail\'s subject is "{subject:Text}"')
def mail_subject(context: Context, subject: str) -> None:
    context.spec.mail.confirm_mail_subject(subject)


@then('the confirmation mail reads "{text:Text}"')
def mail_reads(context: Context, text: str) -> None:
    context.spec.mail.confirm_mail_texts([text])


@then("the confirmation mail reads:")
def mail_reads_table(context: Context) -> None:
    context.spec.mail.confirm_mail_texts([row[0] for row in context.table])


@then("the confirmation mail's text is exactly:")
def mail_text_exactly(context: Context) -> None:
    context.spec.mail.confirm_mail_text_exactly(context.text)


@then("the confirmation mail is dated {moment:Moment} in Paris")
def mail_dated(context: Context, moment: datetime) -> None:
    context.spec.mail.confirm_mail_dated(moment)


@then("{person:Actor} receives no confirmation mail")
def receives_no_mail(context: Context, person: str) -> None:
    context.spec.mail.confirm_no_mail(person)


@then("the confirmation mail contains neither her new password nor her security answer")
def mail_keeps_secrets(context: Context) -> None:
    context.spec.mail.confirm_mail_keeps_secrets()


@then("the confirmation mail contains no link")
def mail_has_no_link(context: Context) -> None:
    context.spec.mail.confirm_mail_has_no_link()


@given("the mail server is turning {person:Actor}'s mail away for now")
def mail_refused(context: Context, person: str) -> None:
    context.spec.mail.refuse_mail_for(person)


@when("the mail server has turned {person:Actor}'s mail away {times:Count} times")
def mail_refused_times(context: Context, person: str, times: int) -> None:
    context.spec.mail.wait_for_refusals(person, times)


@when("the mail server accepts {person:Actor}'s mail again")
def mail_accepted(context: Context, person: str) -> None:
    context.spec.mail.accept_mail_for(person)


@then("{person:Actor} receives exactly one confirmation mail")
def exactly_one_mail(context: Context, person: str) -> None:
    context.spec.mail.confirm_exactly_one_mail(person)
