"""Helpers that read the app's HTML the way the browser driver does: by ids and names."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

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


CAPTCHA_ID = re.compile(r'data-captcha-id="([^"]+)"')


def captcha_id(html: str) -> str:
    """Return the `data-captcha-id` of the CAPTCHA image on a step 1 page."""
    match = CAPTCHA_ID.search(html)
    assert match, "no CAPTCHA image on the page"
    return match.group(1)


def csrf_token(html: str) -> str:
    """Return the first CSRF token of a page."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text_by_id: dict[str, list[str]] = {}
        self._open_ids: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.elements.append((tag, attributes))
        if "id" in attributes and tag not in ("input", "img", "br"):
            self._open_ids.append((tag, attributes["id"]))
            self.text_by_id[attributes["id"]] = []

    def handle_endtag(self, tag: str) -> None:
        if self._open_ids and self._open_ids[-1][0] == tag:
            self._open_ids.pop()

    def handle_data(self, data: str) -> None:
        for _tag, element_id in self._open_ids:
            self.text_by_id[element_id].append(data)


def parse(html: str) -> _Elements:
    """Parse a page into its elements and the text under each id."""
    parser = _Elements()
    parser.feed(html)
    return parser


def field(html: str, name: str) -> dict[str, str]:
    """Return the attributes of the form field with this name."""
    for tag, attributes in parse(html).elements:
        if tag in ("input", "textarea", "select") and attributes.get("name") == name:
            return attributes
    raise AssertionError(f"no field named {name!r}")


def text_of(html: str, element_id: str) -> str:
    """Return the whitespace-normalised text of the element with this id."""
    texts = parse(html).text_by_id.get(element_id)
    assert texts is not None, f"no element with id {element_id!r}"
    return " ".join("".join(texts).split())


def field_errors(html: str, name: str) -> str:
    """Return the error text tied to a field, checking aria-describedby and aria-invalid."""
    attributes = field(html, name)
    assert attributes.get("aria-invalid") == "true", f"{name} is not marked invalid"
    assert f"{name}-error" in attributes.get("aria-describedby", "").split()
    return text_of(html, f"{name}-error")


def visible_text(html: str) -> str:
    """Return the page's text without tags, whitespace normalised."""
    inline_gone = re.sub(r"</?(strong|em|span|a|abbr)\b[^>]*>", "", html)
    without_tags = re.sub(r"<[^>]+>", " ", inline_gone)
    return " ".join(without_tags.replace("&#39;", "'").replace("&#34;", '"').split())


def current_step(html: str) -> str:
    """Return the label of the trail item marked aria-current="step"."""
    match = re.search(r'<li aria-current="step"[^>]*>([^<]+)</li>', html)
    assert match, "no current step in the trail"
    return match.group(1).strip()


def login(client: FlaskClient, email: str, password: str, **kwargs: Any) -> TestResponse:
    """Post the login form."""
    return client.post("/connexion", data={"email": email, "password": password}, **kwargs)
