"""H11's axe-core results by RGAA 4.1 criterion, and an axe-core recent enough to tag them."""

from __future__ import annotations

import json
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser

from resetspec.drivers.browser import accessibility
from resetspec.livingdoc import rgaa
from resetspec.livingdoc.document import build

FEATURES = Path(__file__).resolve().parents[2] / "features"


def axe_file(folder: Path, name: str, rules: list[tuple[str, str, list[str]]]) -> str:
    path = folder / f"{name}.json"
    listed = [{"id": i, "outcome": o, "impact": None, "nodes": 1, "rgaa": t} for i, o, t in rules]
    path.write_text(json.dumps({"engine": "4.12.1", "url": "", "rules": listed}))
    return str(path)


# test that each criterion shows, per page, the worst outcome of the axe-core rules tagged with it
def test_by_criterion(tmp_path: Path) -> None:
    document = build(FEATURES)
    h11 = [e for r in document.rules if r.id == "H11" for e in r.examples if e.row]
    login, step1 = h11[0], h11[1]
    login.sources["axe"] = axe_file(
        tmp_path,
        "login",
        [("image-alt", "passes", ["RGAA-1.1.1"]), ("label", "violations", ["RGAA-11.1.1"])],
    )
    step1.sources["axe"] = axe_file(
        tmp_path,
        "step1",
        [
            ("image-alt", "incomplete", ["RGAA-1.1.1", "RGAA-1.1.2"]),
            ("label", "passes", ["RGAA-11.1.1"]),
        ],
    )
    found = rgaa.build(document)
    assert found is not None and not found.old
    assert [label for label, _ in found.pages] == ["the login page", "step 1 of the reset"]
    images, forms = found.criteria
    assert (images.number, images.tests, images.theme) == ("1.1", ["1.1.1", "1.1.2"], 1)
    assert images.cells == {"the login page": "pass", "step 1 of the reset": "review"}
    assert forms.cells == {"the login page": "fail", "step 1 of the reset": "pass"}
    assert (found.count("fail"), found.count("review")) == (1, 1)


# test that without H11's axe-core results there is no RGAA section, and an old engine is told
def test_nothing_to_report() -> None:
    assert rgaa.build(build(FEATURES)) is None
    assert rgaa.Rgaa("4.10.2", [], []).old and not rgaa.Rgaa("4.11.0", [], []).old


# test that the axe-core bundled with axe-playwright-python is 4.11 or later, with RGAA tags
def test_axe_core_has_rgaa_tags(browser: Browser) -> None:
    page = browser.new_page()
    try:
        page.set_content('<html lang="fr"><title>t</title><main><img src="x.png"></main></html>')
        response = Axe().run(page).response
    finally:
        page.close()
    report = accessibility.report(response)
    assert rgaa.version(report["engine"]) >= rgaa.MIN_ENGINE, report["engine"]
    image = next(rule for rule in report["rules"] if rule["id"] == "image-alt")
    assert image["outcome"] == "violations" and "RGAA-1.1.1" in image["rgaa"]
