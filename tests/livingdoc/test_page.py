"""What a reader sees in Chromium: the guide's chapters, a rule and its quote, a failure with
its screen and trace, the coverage matrix, the filters, the keyboard; and no axe blocker."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import livingdoc_results
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from resetspec.livingdoc import cli, ids
from resetspec.run import schedule

ROOT = Path(__file__).resolve().parents[2]
BLOCKING = ("serious", "critical")  # the app's own accessibility bar
SHOT = ROOT / "reports" / "living-doc.png"  # a picture of the page, for the people reading CI


@pytest.fixture(scope="module")
def built(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A doc from a run with one failure (and its screenshots), one skip and some not run."""
    folder = tmp_path_factory.mktemp("run")
    html = "<h1>Nouveau mot de passe</h1><p>Le mot de passe est trop court.</p>"
    shots = livingdoc_results.shots(browser, html)
    results, failed = livingdoc_results.write(folder / "reports", *shots)
    out = folder / "living-doc"
    features = str(livingdoc_results.FEATURES)
    argv = ["doc", "--results", str(results), "--features", features, "--out", str(out)]
    assert cli.main([*argv, "--lang", "en"]) == 0
    return out / "index.html", failed


@pytest.fixture
def page(browser: Browser, built: tuple[Path, str]) -> Iterator[Page]:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(built[0].as_uri())
    yield page
    page.close()


# test that the document is organised as the guide: its chapters, then the hardening rules
def test_chapters(page: Page) -> None:
    expect(page.locator("section.chapter > h2")).to_have_text(
        [
            "1. Overview",
            "2. Resetting forgotten password for the www.impots.gouv.fr website",
            "3. Troubleshooting",
            "Hardening: rules beyond the guide",
        ]
    )


# test that a rule shows its id, its title, its guide quote as written, and its tags
def test_rule_with_its_guide_quote(page: Page) -> None:
    rule = page.locator("#rule-G07")
    expect(rule.locator("h3")).to_have_text("G07 The password is at least 20 characters long")
    expect(rule.locator("blockquote")).to_contain_text(
        'Guide, 1.3: "be at least 20 characters long"'
    )
    expect(rule.locator("ul.tags").first).to_contain_text("@G07")


# test that from the failures list one click shows the failing step, error, screen and trace
def test_failure_in_two_clicks(page: Page, built: tuple[Path, str]) -> None:
    page.locator("#failures a").first.click()
    example = page.locator(f"#{ids.anchor(built[1])}")
    expect(example).to_be_in_viewport()
    failure = example.locator(".failure")
    expect(failure).to_contain_text("Failing step: Then")
    expect(failure.locator(".error-line")).to_have_text(livingdoc_results.ERROR)
    screen = failure.locator("img")
    expect(screen).to_be_visible()
    assert screen.evaluate("img => img.complete && img.naturalWidth > 0")
    trace = failure.locator("a", has_text="Playwright trace").get_attribute("href")
    assert trace and (built[0].parent / trace).is_file()
    doc_dir = Path(os.path.relpath(built[0].parent)).as_posix()
    expect(failure).to_contain_text(f".venv/bin/playwright show-trace {doc_dir}/{trace}")
    html = failure.locator("a", has_text="The page's HTML at the failure").get_attribute("href")
    assert html and (built[0].parent / html).is_file()
    SHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=SHOT)


# test that the matrix has every catalogue id, and marks rules with none passing
def test_coverage_matrix(page: Page) -> None:
    rows = page.locator("table.coverage tbody tr")
    expect(rows).to_have_count(30)
    expect(page.locator("table.coverage tr.unproven")).to_have_count(3)  # H10-H12 not run
    expect(page.locator('tr[data-rule="H11"]')).to_contain_text("none passing")
    g07 = len(schedule.select([str(livingdoc_results.FEATURES)], ["@G07"]))
    cells = [str(g07 - 1), "1", "0", "0", "0", str(g07)]  # passed failed flaky skipped not-run all
    expect(page.locator('tr[data-rule="G07"] td')).to_have_text(cells)


# test that the filters by status and tag and the search box narrow the examples
def test_filters(page: Page) -> None:
    visible = page.locator("article.example:visible")
    for status in ("passed", "skipped", "not run"):
        page.get_by_label(status, exact=True).uncheck()
    expect(visible).to_have_count(1)
    total = len(schedule.select([str(livingdoc_results.FEATURES)]))
    expect(page.locator("#shown")).to_have_text(f"1 of {total} examples shown")
    page.get_by_label("passed", exact=True).check()
    page.get_by_label("Tag", exact=True).select_option("H12")
    expect(visible).to_have_count(0)  # H12 was not run
    page.get_by_label("Tag", exact=True).select_option("G07")
    expect(visible).to_have_count(len(schedule.select([str(livingdoc_results.FEATURES)], ["@G07"])))
    page.get_by_label("Search", exact=True).fill("128 characters")
    expect(visible).to_have_count(1)


# test that a screenshot opens enlarged from the keyboard, and Escape gives the focus back
def test_screenshot_viewer_by_keyboard(page: Page) -> None:
    link = page.locator("a.final-shot").first
    link.focus()
    page.keyboard.press("Enter")
    viewer = page.locator("#viewer")
    expect(viewer).to_be_visible()
    expect(viewer.locator("img")).to_have_attribute("src", link.get_attribute("href") or "")
    page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()
    expect(link).to_be_focused()


# test that axe-core finds no serious or critical violation
def test_accessible(page: Page) -> None:
    violations = Axe().run(page).response["violations"]
    blocking = [f"{v['id']}: {v['help']}" for v in violations if v["impact"] in BLOCKING]
    assert blocking == []
