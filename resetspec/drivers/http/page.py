"""One HTML page as served, queried by what a user (or assistive tech) perceives.

Elements are found the way the browser driver finds them: fields by their ``<label for>``,
buttons and links by their text or ``aria-label``, headings by their text. No CSS class or
layout is relied on, so the two drivers agree on what a page offers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bs4 import BeautifulSoup, Tag

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
INVISIBLE = ("script", "style", "template", "head")
SPACES = re.compile(r"\s+")


class NotOnPage(AssertionError):
    """The page lacks what a step expected; the message says what and where."""


def normal(text: str) -> str:
    """Whitespace collapsed, as Playwright compares texts."""
    return SPACES.sub(" ", text).strip()


def own_text(element: Tag) -> str:
    """The accessible text: what is hidden from assistive tech (``aria-hidden``) left out."""
    parts = []
    for node in element.descendants:
        if isinstance(node, str) and not any(
            isinstance(p, Tag) and p.get("aria-hidden") == "true" for p in node.parents
        ):
            parts.append(str(node))
    return normal("".join(parts))


def label_matches(label: str, wanted: str) -> bool:
    """The browser driver's rule: the label, then maybe a colon and an asterisk."""
    pattern = "^" + re.escape(wanted) + r"(\W*\*?)?\s*$"
    return re.match(pattern, label) is not None


@dataclass
class HtmlPage:
    url: str
    status: int
    headers: dict[str, str]
    html: str

    @cached_property
    def soup(self) -> BeautifulSoup:
        """Parsed when first read: a redirect's body, or a page only passed through, never is."""
        return BeautifulSoup(self.html, "lxml")

    # -- text ----------------------------------------------------------------------------------
    def text(self, separator: str = " ") -> str:
        """What a visitor can read: scripts, styles and closed dialogs left out."""
        body = self.soup.body or self.soup
        hidden = {id(t) for t in body.find_all(INVISIBLE)}
        hidden |= {id(t) for t in body.find_all("dialog") if not t.has_attr("open")}
        parts = []
        for node in body.descendants:
            if isinstance(node, str) and not any(id(p) in hidden for p in node.parents):
                parts.append(str(node))
        return normal(separator.join(parts))

    def shows(self, text: str) -> bool:
        wanted = normal(text)
        # Joined with and without spaces: inline tags split words, block tags split sentences.
        return wanted in self.text() or wanted in self.text("")

    def by_id(self, element_id: str) -> Tag | None:
        return self.soup.find(id=element_id)

    # -- roles ---------------------------------------------------------------------------------
    def heading(self, name: str) -> Tag | None:
        return next((h for h in self.soup.find_all(HEADINGS) if own_text(h) == name), None)

    def links(self, name: str, exact: bool = True) -> list[Tag]:
        found = []
        for link in self.soup.find_all("a", href=True):
            text = link.get("aria-label") or own_text(link)
            if text == name or (not exact and name in text):
                found.append(link)
        return found

    def link(self, name: str) -> Tag:
        found = self.links(name)
        if not found:
            raise NotOnPage(f"no link {name!r} on {self.url}")
        return found[0]

    def button(self, name: str) -> Tag:
        for button in self.soup.find_all(["button", "input"]):
            if button.name == "input" and button.get("type") not in ("submit", "button"):
                continue
            text = button.get("aria-label") or own_text(button) or button.get("value", "")
            if text == name:
                return button
        raise NotOnPage(f"no button {name!r} on {self.url}")

    def field(self, label: str) -> Tag:
        """The input named by a ``<label for>`` whose accessible text is ``label``."""
        for tag in self.soup.find_all("label"):
            if tag.get("for") and label_matches(own_text(tag), label):
                found = self.soup.find(id=tag["for"])
                if found is not None:
                    return found
        raise NotOnPage(f"no field labelled {label!r} on {self.url}")

    def named(self, name: str) -> Tag:
        found = self.soup.find(attrs={"name": name})
        if found is None:
            raise NotOnPage(f"no field named {name!r} on {self.url}")
        return found

    def described_by(self, element: Tag) -> str:
        """The accessible description: the texts of the ``aria-describedby`` elements."""
        ids = str(element.get("aria-describedby") or "").split()
        return normal(" ".join(own_text(t) for i in ids if (t := self.by_id(i)) is not None))

    def region(self, landmark: str, name: str) -> Tag | None:
        return self.soup.find(landmark, attrs={"aria-label": name})
