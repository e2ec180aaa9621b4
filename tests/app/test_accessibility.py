"""Structural accessibility: French, labelled fields, named controls, errors tied to fields."""

from __future__ import annotations

import pytest
from app_pages import field_errors, page

from reference_app import messages
from resetspec.drivers.http.page import own_text


def _pages(client, reset) -> dict[str, str]:
    client.post("/__spec__/support-agents", json={"login": "a", "password": "Secret2026agent"})
    pages = {url: client.get(url).get_data(as_text=True) for url in ("/connexion", "/aide")}
    pages["step1"] = reset.open_step1().get_data(as_text=True)
    reset.submit_address()
    pages["step2"] = client.get("/mot-de-passe-oublie/question").get_data(as_text=True)
    reset.answer()
    pages["step3"] = client.get("/mot-de-passe-oublie/nouveau-mot-de-passe").get_data(as_text=True)
    pages["step4"] = client.get(reset.choose().location).get_data(as_text=True)
    pages["support"] = client.get("/support/connexion").get_data(as_text=True)
    return pages


@pytest.fixture
def pages(client, lila, reset) -> dict[str, str]:
    return _pages(client, reset)


# test that every page is in French, with one h1, a main landmark and a skip link
def test_page_structure(pages):
    for name, html in pages.items():
        tree = page(html).tree
        assert tree.get("lang") == "fr", name
        assert len(tree.xpath("//h1")) == 1, name
        assert tree.xpath("//main[@id='contenu']") and tree.xpath("//a[@href='#contenu']"), name


# test that every visible field has a label pointing at it
def test_every_field_is_labelled(pages):
    for name, html in pages.items():
        tree = page(html).tree
        targets = {label.get("for") for label in tree.iter("label")}
        for field in tree.xpath("//input[not(@type='hidden')]"):
            assert field.get("id") in targets, (name, dict(field.attrib))


# test that every button and image has an accessible name
def test_controls_are_named(pages):
    for name, html in pages.items():
        tree = page(html).tree
        for button in tree.iter("button"):
            assert own_text(button) or button.get("aria-label"), (name, dict(button.attrib))
        for image in tree.iter("img"):
            assert (image.get("alt") or "").strip(), (name, dict(image.attrib))


# test that required fields are marked for assistive tech as well as with the asterisk
def test_required_fields(pages):
    for name in ("step1", "step2", "step3"):
        assert page(pages[name]).tree.xpath("//input[@aria-required='true']"), name


# test that several errors at once are each tied to their own field
def test_errors_tied_to_fields(lila, reset):
    page = reset.submit_address(email="", captcha="").get_data(as_text=True)
    assert field_errors(page, "email") == messages.EMAIL_MISSING
    assert field_errors(page, "captcha") == messages.CAPTCHA_WRONG


# test that the step 3 hint is tied to the password field
def test_hint_is_described(pages):
    password = page(pages["step3"]).by_id("password")
    assert password is not None
    assert "password-hint" in (password.get("aria-describedby") or "").split()


# test that the static assets the pages need are served from the app itself
def test_static_assets(client):
    assert client.get("/static/style.css").status_code == 200
    script = client.get("/static/app.js").get_data(as_text=True)
    assert "security-level" in script and "showModal" in script
