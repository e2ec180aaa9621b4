"""A picture of the living doc's guide view, for people reading a run's reports.

    python -m resetspec.livingdoc.snapshot [PAGE] [PNG]

PAGE defaults to reports/living-doc/index.html, PNG to guide-view.png beside it. The picture
is the top of the guide view (its counts, the first chapter and the first screens side by
side), at a laptop's width.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from resetspec.run.browser import launch

PAGE = Path("reports/living-doc/index.html")
VIEWPORT = {"width": 1280, "height": 900}
HEIGHT = 2600  # px of the view kept: the summary, section 1 and the first screens
EAGER = """selector => Promise.all([...document.querySelectorAll(selector + ' img')].map(img => {
  img.loading = 'eager';
  return img.decode().catch(() => null);
}))"""


def shoot(browser: Browser, page_path: Path, out: Path, selector: str = "#guide-text") -> Path:
    page = browser.new_page(viewport=VIEWPORT)
    try:
        page.goto(page_path.resolve().as_uri())
        page.evaluate(EAGER, selector)  # lazy screenshots would still be blank in the picture
        box = page.locator(selector).bounding_box()
        if box is None:
            raise SystemExit(f"snapshot: {page_path} has no {selector}; was the guide found?")
        clip = {
            "x": box["x"],
            "y": box["y"],
            "width": box["width"],
            "height": min(box["height"], HEIGHT),
        }
        page.screenshot(path=out, clip=clip, full_page=True)
    finally:
        page.close()
    return out


def main(argv: list[str]) -> int:
    page_path = Path(argv[0]) if argv else PAGE
    out = Path(argv[1]) if len(argv) > 1 else page_path.with_name("guide-view.png")
    if not page_path.is_file():
        print(f"snapshot: no living doc at {page_path}; run `resetspec run` first", file=sys.stderr)
        return 1
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            print(f"guide view: {shoot(browser, page_path, out)}")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
