"""What every part of the browser driver stands on: the context, its page, the pages served."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Frame, Page, Response

from resetspec.drivers.browser import watch
from resetspec.drivers.surface import Surface

# A form's post returns once the next page is committed: what follows waits for its own
# elements (Playwright's auto-waiting), as a person reads while the page finishes; waiting
# for every page's "load" first cost about 15 ms a step. Reads that do not wait settle first.
COMMITTED = "commit"


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
        self.page.add_init_script(script=watch.script(self.procedure))
        self.page.on("response", self._record)
        self.navigations = 0  # the main frame's navigations: which document a read was of
        self.step_read: tuple[int, str] = (-1, "")
        self.page.on("framenavigated", self._navigated)

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
        with self.page.expect_navigation(wait_until=COMMITTED):
            button.click()
        if watch.refused_here(self.page.url):
            refused = self.page.evaluate(watch.READ_REFUSED)
            raise BrowserRefused(f"the browser refused to send the form: {'; '.join(refused)}")

    def _navigated(self, frame: Frame) -> None:
        if frame == self.page.main_frame:
            self.navigations += 1

    def current_step(self) -> str:
        """The trail's current step, once the page shows its trail ("" when it has none).

        Read once a document, in one round trip: a walk's guard that follows the read
        (``step_read_here``) needs no second one."""
        self.page.wait_for_load_state("domcontentloaded")
        current = self.page.get_by_role("navigation", name=self.s.trail.name).locator(
            '[aria-current="step"]'
        )
        texts = current.all_inner_texts()
        step = texts[0].strip() if texts else ""
        self.step_read = (self.navigations, step)
        return step

    def step_read_here(self) -> str | None:
        """The current step as last read on this very document; None if it has not been."""
        navigations, step = self.step_read
        return step if navigations == self.navigations else None
