"""Hostile input to the wizard's forms: no 500, no state change unless valid, French messages."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from fuzz_app import (
    LILA,
    STEP1,
    STEP2,
    STEP3,
    assert_refused_cleanly,
    captcha_answer,
    ensure_lila,
    examples,
    form,
    open_step1,
    snapshot,
    token_accepted,
    visitor_at,
)
from hostile import email, field_values, password, text, token_variant
from hypothesis import given
from hypothesis import strategies as st

from reference_app import password_policy
from reference_app.hashing import normalise_answer
from reference_app.views.reset import EMAIL_PATTERN


@pytest.fixture
def world(app: Flask) -> dict[str, Any]:
    """State carried from one example to the next: a visitor kept while inputs are refused."""
    ensure_lila(app)
    return {"password": LILA["password"]}


def first(values: list[str]) -> str:
    return values[0] if values else ""


def valid_email(raw: str) -> bool:
    email = raw.strip()
    return bool(email) and len(email) <= 254 and bool(EMAIL_PATTERN.match(email))


# test that step 1 refuses any hostile address or CAPTCHA on its fields, changing nothing
@examples(1500)
@given(
    emails=field_values(email()), typed=st.none() | field_values(text()), variant=token_variant()
)
def test_step1(app, world, count_case, emails, typed, variant):
    count_case()
    if "step1" not in world:
        world["step1"] = open_step1(app)
    visitor, page = world["step1"]
    captcha = [captcha_answer(visitor.client, page)] if typed is None else typed
    before = snapshot(app)
    fields = {"email": emails, "captcha": captcha}
    response = visitor.client.post(STEP1, data=form(fields, visitor.token, variant))
    valid = token_accepted(variant) and valid_email(first(emails)) and typed is None
    if valid:
        assert response.status_code == 302 and response.location.endswith(STEP2)
        assert len(snapshot(app).wizards) == len(before.wizards) + 1
        del world["step1"]
        return
    assert_refused_cleanly(response, {"email", "captcha"})
    assert snapshot(app) == before
    if response.status_code == 200:
        world["step1"] = (visitor, response.get_data(as_text=True))


ANSWERS = st.one_of(text(), st.sampled_from(["Paul", " paul ", "PAUL", "Pauline", "Paul\x00"]))


# test that step 2 refuses any hostile answer with a French message, moving nowhere
@examples(1500)
@given(answers=field_values(ANSWERS), variant=token_variant())
def test_step2(app, world, count_case, answers, variant):
    count_case()
    visitor = world.get("step2") or visitor_at(app, 2)
    world["step2"] = visitor
    before = snapshot(app)
    response = visitor.client.post(STEP2, data=form({"answer": answers}, visitor.token, variant))
    if token_accepted(variant) and normalise_answer(first(answers)) == "paul":
        assert response.status_code == 302 and response.location.endswith(STEP3)
        del world["step2"]
        return
    assert_refused_cleanly(response, {"answer"})
    assert snapshot(app) == before


# test that step 3 accepts only a password the policy accepts, and otherwise changes nothing
@examples(2200)
@given(
    passwords=field_values(password()),
    confirmations=st.none() | field_values(text()),
    variant=token_variant(),
)
def test_step3(app, world, count_case, passwords, confirmations, variant):
    count_case()
    visitor = world.get("step3") or visitor_at(app, 3)
    world["step3"] = visitor
    confirmation = passwords if confirmations is None else confirmations
    before = snapshot(app)
    fields = {"password": passwords, "confirmation": confirmation}
    response = visitor.client.post(STEP3, data=form(fields, visitor.token, variant))
    chosen, confirmed = first(passwords), first(confirmation)
    if response.status_code == 302:
        assert token_accepted(variant)
        assert password_policy.violations(chosen, confirmed) == []
        after = snapshot(app)
        assert after.password_hash != before.password_hash
        assert after.outbox == before.outbox + 1
        world["password"] = chosen
        del world["step3"]
        return
    assert_refused_cleanly(response, {"password", "confirmation"})
    assert snapshot(app) == before
    if token_accepted(variant):
        reused = chosen == world["password"]
        assert password_policy.violations(chosen, confirmed, same_as_last=reused)


# test that "Etape précédente" and "Changer l'image" take any body without a 500
@examples(600)
@given(
    route=st.sampled_from(
        ["/mot-de-passe-oublie/etape-precedente", "/mot-de-passe-oublie/changer-image"]
    ),
    step=st.sampled_from([1, 2, 3]),
    extra=field_values(text()),
    accept=st.sampled_from(["application/json", "text/html", "*/*", "", "application/json;q=0"]),
    variant=token_variant(),
)
def test_side_buttons(app, world, count_case, route, step, extra, accept, variant):
    count_case()
    visitor = open_step1(app)[0] if step == 1 else visitor_at(app, step)
    before = snapshot(app)
    body = form({"answer": extra}, visitor.token, variant)
    response = visitor.client.post(route, data=body, headers={"Accept": accept})
    if not token_accepted(variant):
        assert_refused_cleanly(response, set())
        assert snapshot(app) == before
        return
    assert response.status_code in (200, 302), response.status_code
    assert snapshot(app).password_hash == before.password_hash
