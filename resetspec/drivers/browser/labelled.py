"""A value shown beside its label, whatever the markup: a term and its definition, a table's
header and cell, or one sentence "label : value" — as a reader finds it, by the label's text.
The HTTP driver reads pages the same way (``drivers.http.page.HtmlPage.labelled``)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

# The deepest visible element whose text starts with the label; its value is the rest of its
# text after the label (and a colon), or else the text of what follows it (dd after dt, td
# after th, the next element).
LABELLED_VALUE = """(label) => {
  const clean = (s) => (s || "").replace(/\\s+/g, " ").trim();
  const strip = (s) => clean(s).replace(/^[\\s:]+/, "").trim();
  const shown = (el) => el.offsetParent !== null || el.getClientRects().length > 0;
  const all = [...document.body.querySelectorAll("*")].filter(
    (el) => shown(el) && clean(el.innerText).startsWith(label)
  );
  const deepest = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
  for (const el of deepest) {
    const rest = strip(clean(el.innerText).slice(label.length));
    if (rest) return rest;
    let next = el.nextElementSibling;
    if (!next && el.parentElement) next = el.parentElement.nextElementSibling;
    if (next) return clean(next.innerText);
  }
  return null;
}"""


def value(page: Page, label: str) -> str | None:
    """The value beside ``label`` on the page once it shows the label; None without it."""
    expect(page.get_by_text(label).first).to_be_visible()
    return page.evaluate(LABELLED_VALUE, label)
