"""The guide view as a reader sees it in Chromium: reachable from the first screen, every
sentence marked, screens beside the run's, languages marked, and no accessibility error."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import livingdoc_results
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from resetspec.livingdoc import catalogue, cli, guide, snapshot

ROOT = Path(__file__).resolve().parents[2]
SHOT = ROOT / "reports" / "guide-view.png"  # the guide view, for people reading the reports
MAIL = """\
Subject: Espace professionnel - Modification du mot de passe
From: ne-pas-repondre@dgfip.finances.gouv.fr
To: lila.rosemonde@orange.fr
Content-Type: text/plain; charset=utf-8

Bonjour,

Vous avez modifié votre mot de passe ; cette demande a bien été prise en compte.
"""


def with_mail(results: Path) -> None:
    """Give G11's example a received mail, as the harness keeps it."""
    data = json.loads(results.read_text(encoding="utf-8"))
    named = "The mail confirms the change, reminds the security question and warns of phishing"
    key = next(k for k, e in data["examples"].items() if e["name"] == named)
    mail = results.parent / "mail.eml"
    mail.write_text(MAIL, encoding="utf-8")
    data["examples"][key]["evidence"]["mail"] = mail.name
    results.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture(scope="module")
def pages(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The doc of a run with screenshots, in French and in English."""
    folder = tmp_path_factory.mktemp("guide-run")
    html = "<h1>Mot de passe oublié</h1><p>Adresse électronique de connexion</p>"
    results, _ = livingdoc_results.write(
        folder / "reports", *livingdoc_results.shots(browser, html)
    )
    with_mail(results)
    matrix = folder / "kill-matrix.json"
    mutant = {"name": "short_password", "rule": "G07", "status": "killed", "killers": []}
    matrix.write_text(json.dumps({"format": "resetspec-kill-matrix/1", "mutants": [mutant]}))
    built = {}
    for lang in ("fr", "en"):
        out = folder / f"doc-{lang}"
        argv = ["doc", "--results", str(results), "--out", str(out), "--lang", lang]
        argv += ["--mutants", str(matrix)]
        assert cli.main([*argv, "--features", str(livingdoc_results.FEATURES)]) == 0
        built[lang] = out / "index.html"
    return built


def opened(browser: Browser, path: Path, width: int = 1200, height: int = 900) -> Page:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(path.as_uri())
    return page


@pytest.fixture
def fr(browser: Browser, pages: dict[str, Path]) -> Iterator[Page]:
    page = opened(browser, pages["fr"])
    yield page
    page.close()


# test that the first screen leads to the guide view, which counts the normative sentences
def test_reachable_from_the_first_screen(fr: Page) -> None:
    link = fr.locator('header a[href="#guide-text"]')
    expect(link).to_be_in_viewport()
    expect(link).to_contain_text("phrases normatives sont vérifiées")
    link.click()
    expect(fr.locator("#guide-text h2")).to_be_in_viewport()
    expect(fr.locator("#guide-summary")).to_contain_text("des 104 phrases normatives du guide")


# test that every sentence is an element with its id and coverage, and G01-G18 are linked
def test_every_sentence_marked(fr: Page) -> None:
    total = len(guide.read(guide.locate()).sentences)  # type: ignore[arg-type]
    expect(fr.locator("[data-guide-sentence]")).to_have_count(total)
    for state in ("checked", "informative", "not-checked"):
        assert fr.locator(f'[data-coverage="{state}"]').count() > 0
    for rule in [r for r in catalogue.IDS if r.startswith("G")]:
        links = fr.locator(f'[data-coverage="checked"] a[href="#rule-{rule}"]')
        assert links.count() > 0, f"{rule} is linked from no sentence"
    g07 = fr.locator('[data-coverage="checked"]', has_text="at least 20 characters long").first
    expect(g07.locator('a[href="#rule-G07"]')).to_have_class("rule-link status-failed")
    expect(g07).to_contain_text("mutants 1/1 tués")  # the kill matrix's verdict on G07
    expect(fr.locator('[data-coverage="informative"]', has_text="This Guide")).to_contain_text(
        "about the guide itself"
    )


# test that each transcribed screen stands beside the run's screenshot, the mail beside the mail
def test_screens_beside_screens(fr: Page) -> None:
    pairs = fr.locator("figure.screen-pair")
    expect(pairs).to_have_count(9)  # the guide's nine screens, the login page twice
    step1 = pairs.nth(2)
    expect(step1.locator(".transcription")).to_contain_text("Recopiez les caractères de l'image")
    shot = step1.locator(".run-side img")
    shot.scroll_into_view_if_needed()  # a lazy image loads when near the viewport
    assert shot.evaluate("img => img.decode().then(() => img.naturalWidth)") > 0
    mail = fr.locator("figure.screen-pair", has_text="Bonjour,").locator(".received-mail")
    expect(mail).to_contain_text("Vous avez modifié votre mot de passe")
    expect(mail).to_contain_text("ne-pas-repondre@dgfip.finances.gouv.fr")


# test that English passages of the French page say so, and French ones of the English page
def test_languages_marked(fr: Page, browser: Browser, pages: dict[str, Path]) -> None:
    assert fr.locator("html").get_attribute("lang") == "fr"
    expect(fr.locator(".guide-paragraph[lang=en]").first).to_contain_text("Professional users")
    assert fr.locator(".transcription[lang]").count() == 0  # French, as the page
    expect(fr.locator("#rule-G07 h3 span[lang=en]")).to_have_text(
        "The password is at least 20 characters long"
    )
    en = opened(browser, pages["en"])
    try:
        assert en.locator(".transcription[lang=fr]").count() >= 9
        assert en.locator(".guide-paragraph[lang]").count() == 0
        expect(en.locator('td[lang="fr"]').first).to_be_attached()  # French messages in tables
    finally:
        en.close()


# test that the filters are a search region with no form, and internal tags stay out of it
def test_filters_need_no_submit(fr: Page) -> None:
    assert fr.locator("form").count() == 0
    expect(fr.locator('[role="search"]#filters')).to_be_attached()
    options = fr.locator("#filter-tag option").all_inner_texts()
    assert "@G07" in options and "@question" in options
    assert not [o for o in options if o.startswith(("@needs-", "@reference-app", "@browser"))]


# test that on a phone-sized screen a rule followed from the contents is not under the bar
def test_rule_link_on_a_phone(browser: Browser, pages: dict[str, Path]) -> None:
    page = opened(browser, pages["fr"], width=375, height=667)
    try:
        page.locator('.contents a[href="#rule-G07"]').click()
        heading = page.locator("#rule-G07 h3")
        expect(heading).to_be_in_viewport()
        box = heading.bounding_box()
        assert box is not None
        on_top = page.evaluate(
            "([x, y]) => document.elementFromPoint(x, y).closest('#rule-G07') !== null",
            [box["x"] + 5, box["y"] + box["height"] / 2],
        )
        assert on_top, "the heading of the rule followed is covered"
    finally:
        page.close()


# test that axe-core finds no violation at all on the page, in either language
def test_no_axe_violation(fr: Page, browser: Browser, pages: dict[str, Path]) -> None:
    en = opened(browser, pages["en"])
    try:
        for page in (fr, en):
            violations = Axe().run(page).response["violations"]
            assert [f"{v['id']}: {v['help']}" for v in violations] == []
    finally:
        en.close()


# test that a picture of the guide view is left for the people reading the reports
def test_picture_of_the_guide_view(browser: Browser, pages: dict[str, Path]) -> None:
    SHOT.parent.mkdir(exist_ok=True)
    assert snapshot.shoot(browser, pages["fr"], SHOT).stat().st_size > 10_000
