"""The third step: the new password, its policy, its level, the recommendations (G05–G08, G16)."""

from __future__ import annotations

from behave import given, step, then, when
from behave.runner import Context

import resetspec.spec.step_types  # noqa: F401  (registers the parameter types)


@step('{person:Actor} chooses the new password "{password:Text}"')
def chooses_password(context: Context, person: str, password: str) -> None:
    context.spec.password.choose_password(person, password)


@given('{person:Actor} has chosen the new password "{password:Text}"')
def has_chosen_password(context: Context, person: str, password: str) -> None:
    context.spec.password.choose_password(person, password)


@when('{person:Actor} chooses the new password "{password:Text}" {typed:NewPasswordForm}')
def chooses_password_typed(context: Context, person: str, password: str, typed: str) -> None:
    context.spec.password.choose_password_typed(person, password, typed)


@when("{person:Actor} chooses a new password of {length:Count} characters")
def chooses_password_of_length(context: Context, person: str, length: int) -> None:
    context.spec.password.choose_password_of_length(person, length)


@when("{person:Actor} chooses her current password in another letter case as the new one")
def chooses_current_other_case(context: Context, person: str) -> None:
    context.spec.password.choose_current_password_other_case(person)


@when("{person:Actor} chooses her former password as the new one")
def chooses_former(context: Context, person: str) -> None:
    context.spec.password.choose_former_password(person)


@when(
    '{person:Actor} chooses the new password "{password:Text}" confirmed as "{confirmation:Text}"'
)
def chooses_password_confirmed(
    context: Context, person: str, password: str, confirmation: str
) -> None:
    context.spec.password.choose_password(person, password, confirmation)


@when("{person:Actor} chooses her current password as the new one")
def chooses_current_password(context: Context, person: str) -> None:
    context.spec.password.choose_current_password(person)


@then("{person:Actor}'s password is still the one she chose")
def password_still_chosen(context: Context, person: str) -> None:
    context.spec.password.confirm_password_unchanged(person)


@then("{person:Actor}'s password is unchanged")
def password_unchanged(context: Context, person: str) -> None:
    context.spec.password.confirm_password_unchanged(person)


@then("the new password is {accepted:Verdict}")
def password_verdict(context: Context, accepted: bool) -> None:
    context.spec.password.confirm_verdict(accepted)


@then('the new password field is announced with "{note:Text}"')
def password_note(context: Context, note: str) -> None:
    context.spec.password.confirm_password_note(note)


@step('{person:Actor} types "{password:Text}" as her new password')
def types_password(context: Context, person: str, password: str) -> None:
    context.spec.by(person).password.type_password(password)


@given('{person:Actor} has typed "{password:Text}" as her new password')
def typed_password(context: Context, person: str, password: str) -> None:
    context.spec.by(person).password.type_password(password)


@then('the security level reads "{level:Text}"')
def security_level(context: Context, level: str) -> None:
    context.spec.password.confirm_security_level(level)


@when("{person:Actor} opens the recommendations beside the new password")
def opens_recommendations(context: Context, person: str) -> None:
    context.spec.by(person).password.open_recommendations()


@given("{person:Actor} has opened the recommendations beside the new password")
def opened_recommendations(context: Context, person: str) -> None:
    context.spec.by(person).password.open_recommendations()


@then("{person:Actor} reads the recommendations:")
def reads_recommendations(context: Context, person: str) -> None:
    context.spec.by(person).password.confirm_recommendations([row[0] for row in context.table])


@when("{person:Actor} closes the recommendations")
def closes_recommendations(context: Context, person: str) -> None:
    context.spec.by(person).password.close_recommendations()


@when("{person:Actor} opens the recommendations with the keyboard alone")
def opens_recommendations_by_keyboard(context: Context, person: str) -> None:
    context.spec.by(person).password.open_recommendations_with_keyboard()


@when("{person:Actor} presses Escape")
def presses_escape(context: Context, person: str) -> None:
    context.spec.by(person).password.close_recommendations_with_escape()


@then("the recommendations are no longer shown")
def recommendations_closed(context: Context) -> None:
    context.spec.password.confirm_recommendations_closed()


@then("the new password and its confirmation are masked")
def passwords_masked(context: Context) -> None:
    context.spec.password.confirm_password_masked()
