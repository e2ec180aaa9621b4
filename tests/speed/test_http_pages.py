"""The HTTP driver reads pages by accessible names and submits forms as a browser would."""

from __future__ import annotations

import pytest

from resetspec.drivers.http import forms
from resetspec.drivers.http.driver import HttpDriver
from resetspec.drivers.http.page import HtmlPage, NotOnPage

STEP = """<html><body><main>
<nav aria-label="Étapes de la procédure">
  <ol><li aria-current="step">Adresse</li><li>Question</li></ol>
</nav>
<form id="answer-form" method="post" action="/mot-de-passe-oublie/question">
  <input type="hidden" name="csrf_token" value="tok-123">
  <label for="answer">Saisissez la réponse<span aria-hidden="true"> : <span>*</span></span></label>
  <input id="answer" name="answer" aria-describedby="answer-hint answer-error" aria-invalid="true">
  <p id="answer-hint">(un mot)</p><p id="answer-error">La réponse est incorrecte.</p>
  <button type="submit" form="previous-form">Etape précédente</button>
  <button type="submit">Continuer</button>
</form>
<form id="previous-form" method="post" action="/mot-de-passe-oublie/etape-precedente">
  <input type="hidden" name="csrf_token" value="tok-456">
</form>
<dialog><p>Texte d'une boîte fermée</p></dialog>
</main></body></html>"""


@pytest.fixture
def page() -> HtmlPage:
    return HtmlPage("http://app/mot-de-passe-oublie/question", 200, {}, STEP)


def test_a_field_is_found_by_its_label_without_the_hidden_asterisk(page):
    assert page.field("Saisissez la réponse").get("name") == "answer"
    with pytest.raises(NotOnPage, match="no field labelled"):
        page.field("Saisissez la")


def test_a_submission_carries_the_token_and_the_filled_fields(page):
    sent = forms.submission(page, "Continuer", {"Saisissez la réponse": "Paul"})
    assert sent.method == "post"
    assert sent.url == "http://app/mot-de-passe-oublie/question"
    assert sent.data == {"csrf_token": "tok-123", "answer": "Paul"}


def test_a_button_posts_the_form_it_names(page):
    sent = forms.submission(page, "Etape précédente")
    assert sent.url.endswith("/etape-precedente") and sent.data == {"csrf_token": "tok-456"}


def test_a_field_of_another_form_is_refused(page):
    with pytest.raises(NotOnPage, match="not in the form"):
        forms.submission(page, "Etape précédente", {"Saisissez la réponse": "Paul"})


def test_the_description_and_the_visible_text(page):
    assert page.described_by(page.field("Saisissez la réponse")) == (
        "(un mot) La réponse est incorrecte."
    )
    assert page.shows("La réponse est incorrecte.")
    assert not page.shows("Texte d'une boîte fermée")  # a closed dialog is not shown


# test that a walk's guard goes by the address the post led to, and names the step it missed
def test_a_step_is_reached_by_the_trail_not_by_the_address(page):
    """The page is at step 2's address, but its trail says "Adresse": the trail wins."""
    driver = HttpDriver("http://app")
    driver.page = page
    driver.expect_reached("Adresse")
    with pytest.raises(NotOnPage, match="not 'Réponse à la question de confiance'"):
        driver.expect_reached("Réponse à la question de confiance")
    driver.close()
