"""One HTML page as served, queried by what a user (or assistive tech) perceives.

Elements are found the way the browser driver finds them: fields by their ``<label for>``,
buttons and links by their text or ``aria-label``, headings by their text. No CSS class or
layout is relied on, so the two drivers agree on what a page offers. The page is parsed with
lxml (a twentieth of BeautifulSoup's time on these pages, measured in the README).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import lxml.html
from lxml.html import HtmlElement

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
INVISIBLE = frozenset({"script", "style", "template", "head"})
SPACES = re.compile(r"\s+")
GROUP_DEPTH = 3  # a field's group: its parent, grandparent and great-grandparent, in its form


class NotOnPage(AssertionError):
    """The page lacks what a step expected; the message says what and where."""


def normal(text: str) -> str:
    """Whitespace collapsed, as Playwright compares texts."""
    return SPACES.sub(" ", text).strip()


def texts(element: HtmlElement, hidden: object) -> Iterator[str]:
    """The text nodes under ``element`` in document order, but not those under an element
    for which ``hidden(element)`` holds (its tail, which follows it, is kept)."""
    if hidden(element):
        return
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str):  # an element, not a comment or a processing instruction
            yield from texts(child, hidden)
        yield child.tail or ""


def aria_hidden(element: HtmlElement) -> bool:
    return element.get("aria-hidden") == "true"


def own_text(element: HtmlElement) -> str:
    """The accessible text: what is hidden from assistive tech (``aria-hidden``) left out."""
    return normal("".join(texts(element, aria_hidden)))


def unseen(element: HtmlElement) -> bool:
    """Not shown to a visitor: scripts, styles and the like, and closed dialogs."""
    return element.tag in INVISIBLE or (element.tag == "dialog" and element.get("open") is None)


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
    def tree(self) -> HtmlElement:
        """Parsed when first read: a redirect's body, or a page only passed through, never is."""
        return lxml.html.document_fromstring(self.html or "<html></html>")

    # -- text ----------------------------------------------------------------------------------
    def text(self, separator: str = " ") -> str:
        """What a visitor can read: scripts, styles and closed dialogs left out."""
        body = self.tree.find("body")
        return normal(separator.join(texts(body if body is not None else self.tree, unseen)))

    def shows(self, text: str) -> bool:
        wanted = normal(text)
        # Joined with and without spaces: inline tags split words, block tags split sentences.
        return wanted in self.text() or wanted in self.text("")

    def by_id(self, element_id: str) -> HtmlElement | None:
        return self.first("//*[@id=$value]", value=element_id)

    def first(self, xpath: str, **variables: str) -> HtmlElement | None:
        found = self.tree.xpath(xpath, **variables)
        return found[0] if found else None

    def select(self, css: str) -> HtmlElement | None:
        """The first element a CSS selector picks (the browser driver's page modules' own)."""
        found = self.tree.cssselect(css)
        return found[0] if found else None

    def all(self, *tags: str) -> list[HtmlElement]:
        return list(self.tree.iter(*tags))

    # -- roles ---------------------------------------------------------------------------------
    def heading(self, name: str) -> HtmlElement | None:
        return next((h for h in self.tree.iter(*HEADINGS) if own_text(h) == name), None)

    def links(self, name: str, exact: bool = True) -> list[HtmlElement]:
        found = []
        for link in self.tree.iter("a"):
            if link.get("href") is None:
                continue
            text = link.get("aria-label") or own_text(link)
            if text == name or (not exact and name in text):
                found.append(link)
        return found

    def link(self, name: str) -> HtmlElement:
        found = self.links(name)
        if not found:
            raise NotOnPage(f"no link {name!r} on {self.url}")
        return found[0]

    def button(self, name: str) -> HtmlElement:
        for button in self.tree.iter("button", "input"):
            if button.tag == "input" and button.get("type") not in ("submit", "button"):
                continue
            text = button.get("aria-label") or own_text(button) or button.get("value", "")
            if text == name:
                return button
        raise NotOnPage(f"no button {name!r} on {self.url}")

    def field(self, label: str) -> HtmlElement:
        """The input named by a ``<label for>`` whose accessible text is ``label``."""
        for tag in self.tree.iter("label"):
            if tag.get("for") and label_matches(own_text(tag), label):
                found = self.by_id(tag.get("for"))
                if found is not None:
                    return found
        raise NotOnPage(f"no field labelled {label!r} on {self.url}")

    def named(self, name: str) -> HtmlElement:
        found = self.first("//*[@name=$value]", value=name)
        if found is None:
            raise NotOnPage(f"no field named {name!r} on {self.url}")
        return found

    def described_by(self, element: HtmlElement) -> str:
        """The accessible description: the texts of the ``aria-describedby`` elements."""
        ids = str(element.get("aria-describedby") or "").split()
        return normal(" ".join(own_text(t) for i in ids if (t := self.by_id(i)) is not None))

    def near(self, field: HtmlElement, note: str, depth: int = GROUP_DEPTH) -> bool:
        """``note`` is shown with ``field``: in its label, its description, or its group (the
        browser driver's ``nearby`` reads the same)."""
        labels = [t for t in self.tree.iter("label") if t.get("for") == field.get("id")]
        if any(note in own_text(t) for t in labels) or note in self.described_by(field):
            return True
        group = field.getparent()
        for _ in range(depth):
            if group is None:
                break
            if note in normal(" ".join(texts(group, unseen))):
                return True
            if group.tag == "form":
                break
            group = group.getparent()
        return False

    def definition(self, term: str) -> str | None:
        """The value beside the label ``term``, whatever the markup (the browser driver's
        ``labelled`` reads the same): the rest of the deepest element whose text starts with
        the label, or else the element after it (a ``<dd>`` after its ``<dt>``, a cell after
        its header, the next paragraph)."""
        body = self.tree.find("body")
        starting = [
            e
            for e in (body if body is not None else self.tree).iter()
            if isinstance(e.tag, str) and not unseen(e) and own_text(e).startswith(term)
        ]
        deepest = [
            e
            for e in starting
            if not any(o is not e and o in e.iterdescendants() for o in starting)
        ]
        for element in deepest:
            rest = own_text(element)[len(term) :].lstrip(" :").strip()
            if rest:
                return rest
            following = element.getnext()
            if following is None and element.getparent() is not None:
                following = element.getparent().getnext()
            if following is not None:
                return own_text(following)
        return None

    def table_columns(self, *headers: str) -> list[tuple[str, ...]] | None:
        """The body rows of the page's first table, as the cells under these headers."""
        table = self.first("//table")
        if table is None:
            return None
        names = [own_text(th) for th in table.iter("th")]
        columns = [names.index(header) for header in headers]
        rows = [[own_text(td) for td in row.iter("td")] for row in table.xpath("./tbody/tr")]
        return [tuple(cells[c] for c in columns) for cells in rows]

    def region(self, landmark: str, name: str) -> HtmlElement | None:
        return next((e for e in self.tree.iter(landmark) if e.get("aria-label") == name), None)
