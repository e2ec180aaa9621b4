"""The step layer's parameter types turn the features' phrases into the domain's values."""

from __future__ import annotations

import pytest

from resetspec.domain.pages import Page
from resetspec.domain.state import VISITOR
from resetspec.spec import step_types


# test that an anonymous visitor, however the sentence says it, is the domain's VISITOR
@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("a visitor", VISITOR),
        ("the visitor", VISITOR),
        ("visitor", VISITOR),
        ("Lila", "Lila"),
        ("Lila Rosemonde", "Lila Rosemonde"),
        ("Hélène", "Hélène"),
    ],
)
def test_actor(phrase: str, actor: str) -> None:
    assert step_types.actor(phrase) == actor


# test that every page phrase the pattern accepts names a Page, and steps by their number
@pytest.mark.parametrize(("phrase", "page"), list(step_types.PAGES.items()))
def test_page(phrase: str, page: Page) -> None:
    assert step_types.page_name(phrase) is page


def test_pages_of_the_reset_carry_their_step_number() -> None:
    steps = [step_types.page_name(f"step {n} of the reset").value for n in (1, 2, 3, 4)]
    assert steps == [1, 2, 3, 4]
