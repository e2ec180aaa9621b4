"""Moving through a page with the keyboard alone, as a user without a mouse would."""

from __future__ import annotations

from playwright.sync_api import Page

MAX_TABS = 40
# The accessible name of the focused element, good enough for labelled fields and buttons.
FOCUSED_NAME = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "";
  const label = el.labels && el.labels.length ? el.labels[0].innerText : "";
  return (el.getAttribute("aria-label") || label || el.innerText || el.value || "").trim();
}"""


class NotReachable(AssertionError):
    """Tab never brought the focus to the wanted control."""


def focused_name(page: Page) -> str:
    return page.evaluate(FOCUSED_NAME)


def tab_to(page: Page, name: str) -> None:
    """Press Tab until the focused element's name starts with ``name``."""
    seen = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        current = focused_name(page)
        if current.startswith(name):
            return
        seen.append(current)
    raise NotReachable(f"{name!r} not reached with Tab; focus went through {seen[:12]}")


def type_into(page: Page, name: str, text: str) -> None:
    tab_to(page, name)
    page.keyboard.type(text)


def press(page: Page, name: str) -> None:
    tab_to(page, name)
    page.keyboard.press("Enter")
