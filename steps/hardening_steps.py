"""Forged requests, caching, secrets, accessibility and the test hooks (H06, H07, H11, H12)."""

from __future__ import annotations

from behave import given, then, when
from behave.runner import Context

import resetspec.spec.step_types  # noqa: F401  (registers the parameter types)


@when("a forged request posts the {form:Form} form without its token")
def forged_post(context: Context, form: str) -> None:
    context.spec.hardening.post_without_token(form)


@when("a request carries what the {form:Form} form would send as a {method:Method} request")
def form_by_other_method(context: Context, form: str, method: str) -> None:
    context.spec.hardening.post_without_token(form, method=method)


@then('the forged request is refused with "{message:Text}"')
def request_refused_with(context: Context, message: str) -> None:
    context.spec.hardening.confirm_forged_refused(message)


@given("{person:Actor} has started the reset, her browser keeping what it sent")
def started_keeping(context: Context, person: str) -> None:
    context.spec.replays.start_reset_keeping_a_copy(person)


@given("{person:Actor} has reset her password, her browser keeping what it sent at the last step")
def reset_keeping(context: Context, person: str) -> None:
    context.spec.replays.reset_password_keeping_a_copy(person)


@given(
    "{person:Actor} has tried the reset with wrong characters,"
    " her browser keeping the right ones of that image"
)
def failed_keeping(context: Context, person: str) -> None:
    context.spec.replays.fail_reset_keeping_a_copy(person)


@when("the attempt is sent again with those characters and the cookies of that moment")
def replays_with_right(context: Context) -> None:
    context.spec.replays.replay_kept()


@when("the same request is sent again with the cookies of that moment")
def replays(context: Context) -> None:
    context.spec.replays.replay_kept()


@then('the replayed request is refused with "{message:Text}"')
def replay_refused(context: Context, message: str) -> None:
    context.spec.replays.confirm_replay_refused_with(message)


@given("{person:Actor}'s browser has kept its cookies")
def kept_cookies(context: Context, person: str) -> None:
    context.spec.by(person).replays.keep_cookies()


@when('{person:Actor} leaves her space with "Quitter"')
def leaves_space(context: Context, person: str) -> None:
    context.spec.by(person).replays.quit_space()


@when("the cookies of before are put back")
def cookies_back(context: Context) -> None:
    context.spec.replays.put_kept_cookies_back()


@when("a request only visits the address the {form:Form} form posts to")
def visits_form_address(context: Context, form: str) -> None:
    context.spec.hardening.visit_form_address(form)


@then("the request is refused")
def request_refused(context: Context) -> None:
    context.spec.hardening.confirm_forged_refused()


@then('the page was served with "Cache-Control: no-store"')
def page_not_cached(context: Context) -> None:
    context.spec.hardening.confirm_page_not_cached()


@then('every page of the procedure was served with "Cache-Control: no-store"')
def not_cached(context: Context) -> None:
    context.spec.hardening.confirm_not_cached()


@then("no page of the procedure showed her security answer or her new password")
def pages_keep_secrets(context: Context) -> None:
    context.spec.hardening.confirm_procedure_kept_secrets()


@then("the application's log contains neither her new password nor her security answer")
def log_keeps_secrets(context: Context) -> None:
    context.spec.own_app.confirm_log_keeps_secrets()


@then("the page shows neither the new password nor its confirmation")
def page_hides_passwords(context: Context) -> None:
    context.spec.hardening.confirm_typed_passwords_hidden()


@then('the page does not show the answer "{answer:Text}"')
def page_hides_answer(context: Context, answer: str) -> None:
    context.spec.hardening.confirm_page_hides({"answer": answer})


@then('the page does not show the password "{password:Text}"')
def page_hides_password(context: Context, password: str) -> None:
    context.spec.hardening.confirm_page_hides({"password": password})


@then('the application\'s log does not contain the password "{password:Text}"')
def log_hides_password(context: Context, password: str) -> None:
    context.spec.own_app.confirm_log_hides(password)


@then('the application\'s log does not contain the answer "{answer:Text}"')
def log_hides_answer(context: Context, answer: str) -> None:
    context.spec.own_app.confirm_log_hides(answer, "answer")


@when("a request opens the logout address without its form")
def opens_logout_address(context: Context) -> None:
    context.spec.access.open_logout_address()


@then("{person:Actor} is still logged in")
def still_logged_in(context: Context, person: str) -> None:
    context.spec.by(person).access.confirm_still_logged_in()


@then("the login password is masked")
def login_password_masked(context: Context) -> None:
    context.spec.access.confirm_login_password_masked()


@when("{person:Actor} is on {page:Page} with its errors")
def is_on_page_with_errors(context: Context, person: str, page: str) -> None:
    context.spec.pages.open_page_with_errors(person, page)


@when("{person:Actor} is on {page:Page}")
def is_on_page(context: Context, person: str, page: str) -> None:
    context.spec.pages.open_page(person, page)


@then("no other site may show the page inside its own")
def not_framable(context: Context) -> None:
    context.spec.hardening.confirm_not_framable()


@then("the page has no serious or critical accessibility violation")
def accessible(context: Context) -> None:
    context.spec.pages.confirm_accessible()


@when("the reference app is started with its default settings")
def started_with_defaults(context: Context) -> None:
    context.spec.own_app.start_app_with_defaults()


@when("the reference app is started in {mode} mode with the test-control hooks turned off")
def started_hooks_off(context: Context, mode: str) -> None:
    context.spec.own_app.start_app_with_defaults(mode)


@when("the reference app with its default settings is sent the test clock and client headers")
def probed_with_defaults(context: Context) -> None:
    context.spec.own_app.probe_test_headers_with_defaults()


@then("it takes neither the time nor the client those headers give")
def headers_ignored(context: Context) -> None:
    context.spec.own_app.confirm_test_headers_ignored()


@then("its test-control contract is not reachable")
def hooks_unreachable(context: Context) -> None:
    context.spec.own_app.confirm_hooks_unreachable()


@when("the reference app is started in production mode with the test-control hooks on")
def started_in_production(context: Context) -> None:
    context.spec.own_app.start_app_in_production_with_hooks()


@then("it refuses to start with a one-line error naming the test-control hooks' setting")
def refuses_to_start(context: Context) -> None:
    context.spec.own_app.confirm_refused_start("RESETSPEC_TEST_HOOKS")
