"""Parameter types of the step sentences, registered once with behave's parse matcher."""

from __future__ import annotations

import re

import parse
from behave import register_type

from resetspec.domain.pages import Page
from resetspec.domain.state import VISITOR
from resetspec.spec import spellings
from resetspec.spec.clock import moment

ANONYMOUS = re.compile(r"(?:an? |the )?visitor")
PAGES = {
    "the login page": Page.LOGIN,
    "step 1 of the reset": Page.STEP1,
    "step 2 of the reset": Page.STEP2,
    "step 3 of the reset": Page.STEP3,
    "step 4 of the reset": Page.STEP4,
    "the help page": Page.HELP,
    "her professional space": Page.SPACE,
    "her details": Page.DETAILS,
    "the support lookup": Page.SUPPORT_LOOKUP,
}


@parse.with_pattern(r'[^"]*')
def text(value: str) -> str:
    """Quoted text, possibly empty; the quotes keep two sentences from swallowing each other."""
    return value


@parse.with_pattern(r"(?:an? |the )?[A-ZÉ]?[a-zàâäçéèêëîïôöùûü]+(?: [A-Z][A-Za-z]+)?")
def actor(value: str) -> str:
    """A persona ("Lila", "Lila Rosemonde", "Hélène") as named, or ``VISITOR`` for an
    anonymous "visitor" ("a visitor", "the visitor")."""
    return VISITOR if ANONYMOUS.fullmatch(value) else value


def way_of_typing(ways: dict) -> object:
    """A parameter type for the named ways of typing a value (``resetspec.spec.spellings``)."""

    @parse.with_pattern(spellings.pattern(ways))
    def way(value: str) -> str:
        return value

    return way


@parse.with_pattern(r"\d+")
def count(value: str) -> int:
    return int(value)


@parse.with_pattern(r"accepted|refused")
def verdict(value: str) -> bool:
    return value == "accepted"


@parse.with_pattern(r"open|closed")
def hotline_state(value: str) -> bool:
    return value == "open"


@parse.with_pattern(r"image|address|answer|confirmation|new password")
def field_name(value: str) -> str:
    return value


@parse.with_pattern(
    r"login|address|answer|new password|\"Changer l'image\"|\"Etape précédente\"|\"Quitter\""
)
def form_name(value: str) -> str:
    """A form by its business name, or by its button's quoted label."""
    return value.strip('"')


@parse.with_pattern(r"HEAD|PUT|PATCH|DELETE|OPTIONS")
def method_name(value: str) -> str:
    """An HTTP method other than the form's own POST."""
    return value


@parse.with_pattern("|".join(map(re.escape, PAGES)))
def page_name(value: str) -> Page:
    """A page by the words the features give it."""
    return PAGES[value]


@parse.with_pattern(r"(?:[A-Z][a-z]+ )?\d{1,2} [A-Z][a-z]+ \d{4}(?: at \d{1,2}:\d{2})?")
def when(value: str):
    return moment(value)


register_type(
    Text=text,
    Actor=actor,
    Count=count,
    Verdict=verdict,
    HotlineState=hotline_state,
    Field=field_name,
    Form=form_name,
    Method=method_name,
    Page=page_name,
    Moment=when,
    AddressForm=way_of_typing(spellings.ADDRESS),
    CaptchaForm=way_of_typing(spellings.CAPTCHA),
    AnswerForm=way_of_typing(spellings.ANSWER),
    WrongPassword=way_of_typing(spellings.WRONG_PASSWORD),
    NewPasswordForm=way_of_typing(spellings.NEW_PASSWORD),
)
