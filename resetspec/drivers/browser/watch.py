"""What the browser driver keeps an eye on from inside each page, at no round trip a step.

One init script, run by the browser before each document's own scripts:
- **the pages of the procedure as served**, in the tab's sessionStorage: the bodies of pages
  navigated away from cannot be read later, and asking the browser for every page's HTML after
  every step cost a round trip each (about 20 ms) for a check one scenario makes (H06);
- **a form the browser will not send**: a form without ``novalidate`` whose fields break their
  own rules (``required``, ``type=email``) is never sent. Its fields' ``invalid`` events, fired
  while the browser checks the form a press is submitting, are noted with their messages, and
  the page marks its address (a same-document navigation, no history entry), so the press's
  wait for the next page ends at once and fails saying why, instead of timing out. Asking
  the page before every press whether the form would go cost about 40 ms a press.
"""

from __future__ import annotations

PAGES_KEY = "resetspec:procedure-pages"
REFUSED_KEY = "__resetspecRefused"
REFUSED_MARK = "#resetspec-refused"

SCRIPT = """
addEventListener("DOMContentLoaded", () => {
  if (!location.pathname.includes(%(procedure)s)) return;
  const kept = JSON.parse(sessionStorage.getItem(%(pages)s) || "[]");
  kept.push([location.href, document.documentElement.outerHTML]);
  sessionStorage.setItem(%(pages)s, JSON.stringify(kept));
});
(() => {
  let pressed = null;  // the submit button being pressed, for this turn of the event loop
  addEventListener("click", (event) => {
    const button = event.target instanceof Element
      ? event.target.closest("button, input[type=submit], input[type=image]") : null;
    if (!button || !button.form || button.type !== "submit") return;
    pressed = { button, noted: [] };
    setTimeout(() => { pressed = null; }, 0);
  }, true);
  addEventListener("invalid", (event) => {
    const field = event.target;
    if (!pressed || field.form !== pressed.button.form) return;
    if (field.form.noValidate || pressed.button.formNoValidate) return;
    pressed.noted.push(`${field.name}: ${field.validationMessage}`);
    window[%(refused)s] = pressed.noted;
    if (pressed.noted.length === 1) {
      history.replaceState(history.state, "", location.pathname + location.search + %(mark)s);
    }
  }, true);
})();
"""


def script(procedure: str) -> str:
    return SCRIPT % {
        "procedure": repr(procedure),
        "pages": repr(PAGES_KEY),
        "refused": repr(REFUSED_KEY),
        "mark": repr(REFUSED_MARK),
    }


READ_REFUSED = f"() => window[{REFUSED_KEY!r}] || []"


def refused_here(url: str) -> bool:
    """Whether the page's address carries the mark of a form its browser would not send."""
    return url.endswith(REFUSED_MARK)
