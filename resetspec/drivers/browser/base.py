"""What every part of the browser driver stands on: the context, its page, the pages served."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page, Response

from resetspec.drivers.surface import Surface

# A form's post returns once the next page is committed: what follows waits for its own
# elements (Playwright's auto-waiting), as a person reads while the page finishes; waiting
# for every page's "load" first cost about 15 ms a step. Reads that do not wait settle first.
COMMITTED = "commit"
PAGES_KEY = "resetspec:procedure-pages"
# Keeps each page of the procedure as served, in the tab's sessionStorage, from inside the
# page: the bodies of pages navigated away from cannot be read later, and asking the browser
# for every page's HTML after every step cost a round trip each (about 20 ms) for a check
# one scenario makes (H06).
KEEP_PAGES = """
addEventListener("DOMContentLoaded", () => {
  if (!location.pathname.includes(%s)) return;
  const kept = JSON.parse(sessionStorage.getItem("%s") || "[]");
  kept.push([location.href, document.documentElement.outerHTML]);
  sessionStorage.setItem("%s", JSON.stringify(kept));
});
"""
# Before a post: does the browser let the form go? A form without ``novalidate`` whose fields
# break their own rules (``required``, ``type=email``) is never sent; saying so at once beats a
# navigation time-out that points nowhere.
REFUSED_FIELDS = """(button) => {
  const form = button.form;
  if (!form || form.noValidate || button.formNoValidate) return [];
  return [...form.elements].filter((el) => el.willValidate && !el.checkValidity())
    .map((el) => `${el.name}: ${el.validationMessage}`);
}"""


class BrowserRefused(AssertionError):
    """The browser itself would not send the form (its fields' own validation)."""


class BrowserBase:
    """One scenario's browser: a context of its own, its current page, and its vocabulary."""

    def __init__(self, context: BrowserContext, base_url: str, surface: Surface) -> None:
        self.context = context
        self.base_url = base_url
        self.s = surface
        self.procedure = surface.procedure_prefix()
        self.page: Page = context.pages[0] if context.pages else context.new_page()
        self.documents: list[Response] = []  # every page served, for the H07 header check
        self.page.add_init_script(script=KEEP_PAGES % (repr(self.procedure), PAGES_KEY, PAGES_KEY))
        self.page.on("response", self._record)

    def _record(self, response: Response) -> None:
        if response.request.resource_type == "document":
            self.documents.append(response)

    def settle(self) -> None:
        """Wait for the current page's "load": its styles and images are there."""
        self.page.wait_for_load_state()

    def open_path(self, path: str) -> int:
        response = self.page.goto(self.base_url + path)
        return response.status if response else 0

    def press(self, name: str) -> None:
        """Click a button and wait for the page it leads to, unless the browser keeps the form."""
        button = self.page.get_by_role("button", name=name, exact=True).first
        refused = button.evaluate(REFUSED_FIELDS)
        if refused:
            raise BrowserRefused(f"the browser refused to send the form: {'; '.join(refused)}")
        with self.page.expect_navigation(wait_until=COMMITTED):
            button.click()

    def current_step(self) -> str:
        """The trail's current step, once the page shows its trail ("" when it has none)."""
        self.page.wait_for_load_state("domcontentloaded")
        current = self.page.get_by_role("navigation", name=self.s.trail.name).locator(
            '[aria-current="step"]'
        )
        return current.first.inner_text().strip() if current.count() else ""
