"""Helpers that read the app's HTML with the HTTP driver's page reader (lxml): ids and names."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from resetspec.drivers.contract import CAPTCHA_IMAGE
from resetspec.drivers.http.page import HtmlPage, normal, own_text, texts, unseen

LILA = {
    "email": "lila.rosemonde@orange.fr",
    "password": "Longchamp12avenue75016",
    "question": "Le prénom de votre conjoint(e) ?",
    "answer": "Paul",
    "subscriber_number": "20232990000101",
    "companies": [
        {"siren": "812345676", "name": "ROSEMONDE CONSEIL"},
        {"siren": "442306908", "name": "ATELIER LONGCHAMP SARL"},
    ],
}
NEW_PASSWORD = "Nouveau2026motdepasse99"


def page(html: str) -> HtmlPage:
    """The page as the HTTP driver reads it (lxml)."""
    return HtmlPage("", 200, {}, html)


def captcha_id(html: str) -> str:
    """Return the `data-captcha-id` of the CAPTCHA image on a step 1 page."""
    image = page(html).select(CAPTCHA_IMAGE)
    assert image is not None, "no CAPTCHA image on the page"
    return str(image.get("data-captcha-id"))


def csrf_token(html: str) -> str:
    """Return the first CSRF token of a page."""
    token = page(html).first("//input[@name='csrf_token']")
    assert token is not None, "no CSRF token on the page"
    return str(token.get("value"))


def field(html: str, name: str) -> dict[str, str]:
    """Return the attributes of the form field with this name."""
    found = page(html).first("//*[self::input or self::textarea or self::select][@name=$n]", n=name)
    if found is None:
        raise AssertionError(f"no field named {name!r}")
    return {key: value or "" for key, value in found.attrib.items()}


def text_of(html: str, element_id: str) -> str:
    """Return the whitespace-normalised text of the element with this id."""
    element = page(html).by_id(element_id)
    assert element is not None, f"no element with id {element_id!r}"
    return normal(element.text_content())


def field_errors(html: str, name: str) -> str:
    """Return the error text tied to a field, checking aria-describedby and aria-invalid."""
    attributes = field(html, name)
    assert attributes.get("aria-invalid") == "true", f"{name} is not marked invalid"
    assert f"{name}-error" in attributes.get("aria-describedby", "").split()
    return text_of(html, f"{name}-error")


INLINE = {"a", "abbr", "b", "code", "em", "i", "small", "span", "strong", "time"}


def visible_text(html: str) -> str:
    """Return the page's text as a visitor reads it, whitespace normalised: inline elements
    join their words to their neighbours', block elements stand apart."""
    body = page(html).tree.find("body")
    assert body is not None, "no body"
    for element in body.iter():
        if isinstance(element.tag, str) and element.tag not in INLINE:
            element.text, element.tail = f" {element.text or ''}", f" {element.tail or ''}"
    return normal("".join(texts(body, unseen)))


def current_step(html: str) -> str:
    """Return the label of the trail item marked aria-current="step"."""
    item = page(html).first("//nav//li[@aria-current='step']")
    assert item is not None, "no current step in the trail"
    return own_text(item)


def login(client: FlaskClient, email: str, password: str, **kwargs: Any) -> TestResponse:
    """Post the login form."""
    return client.post("/connexion", data={"email": email, "password": password}, **kwargs)
