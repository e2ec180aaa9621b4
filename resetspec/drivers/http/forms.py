"""Submitting a form as a browser without JavaScript would: its fields, its token, its button.

The values a browser would send are gathered from the form itself (hidden inputs such as the
anti-forgery token included), the fields the step fills are found by their labels, and the
button's own ``form`` attribute is honoured (the app's "Etape précédente" and "Changer
l'image" post forms of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml.html import HtmlElement

from resetspec.drivers.http.page import HtmlPage, NotOnPage

# The WHATWG's rule for a valid e-mail address, which browsers apply to ``type=email``.
EMAIL = re.compile(
    r"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"
)
SENT_TYPES = {"hidden", "text", "email", "password", "search", "tel", "number", "url", None}


@dataclass(frozen=True)
class Submission:
    method: str
    url: str
    data: dict[str, str]


def form_of(page: HtmlPage, control: HtmlElement) -> HtmlElement:
    """The form a control belongs to: its ``form`` attribute, else its ancestor."""
    owner = control.get("form")
    found = page.by_id(owner) if owner else next(control.iterancestors("form"), None)
    if found is None:
        raise NotOnPage(f"{control.tag} {control.text_content().strip()!r} is in no form")
    return found


def belongs(page: HtmlPage, control: HtmlElement, form: HtmlElement) -> bool:
    return form_of(page, control) is form


def values(page: HtmlPage, form: HtmlElement) -> dict[str, str]:
    """What the form sends untouched: every text-like and hidden input with a name."""
    data: dict[str, str] = {}
    for tag in page.all("input"):
        name = tag.get("name")
        if name is not None and tag.get("type") in SENT_TYPES and belongs(page, tag, form):
            data[name] = str(tag.get("value") or "")
    return data


def submission(page: HtmlPage, button: str, fields: dict[str, str] | None = None) -> Submission:
    """Press ``button`` after filling ``fields`` (label -> value) of the same form."""
    pressed = page.button(button)
    form = form_of(page, pressed)
    data = values(page, form)
    for label, value in (fields or {}).items():
        field = page.field(label)
        if not belongs(page, field, form):
            raise NotOnPage(f"field {label!r} is not in the form of {button!r} on {page.url}")
        if field.get("type") == "email":  # a browser's value sanitization for e-mail fields
            value = value.replace("\n", "").replace("\r", "").strip(" \t\f")
        data[str(field.get("name"))] = value
    refused = natively_refused(page, form, pressed, data)
    if refused:
        raise NotOnPage(f"the browser refused to send the form: {'; '.join(refused)}")
    if pressed.get("name"):
        data[str(pressed.get("name"))] = str(pressed.get("value") or "")
    method = str(pressed.get("formmethod") or form.get("method") or "get").lower()
    action = str(pressed.get("formaction") or form.get("action") or page.url)
    return Submission(method, urljoin(page.url, action), data)


def natively_refused(
    page: HtmlPage, form: HtmlElement, pressed: HtmlElement, data: dict[str, str]
) -> list[str]:
    """The fields a browser would not let go (``required``, ``type=email``), as a browser
    checks them before it sends a form without ``novalidate``."""
    if form.get("novalidate") is not None or pressed.get("formnovalidate") is not None:
        return []
    refused = []
    for tag in page.all("input"):
        name = tag.get("name")
        if name is None or tag.get("type") not in SENT_TYPES or not belongs(page, tag, form):
            continue
        value = data.get(name, "")
        if tag.get("required") is not None and not value:
            refused.append(f"{name}: a required field is empty")
        elif tag.get("type") == "email" and value and not EMAIL.match(value):
            refused.append(f"{name}: not an e-mail address")
    return refused
