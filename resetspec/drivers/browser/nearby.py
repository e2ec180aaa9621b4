"""A note shown with a field: in its label, its description, or the group that holds it.

The contract asks for the text beside the field, not for one way of tying them (an
``aria-describedby``, a ``<label>`` that holds it, a paragraph in the same group): the HTTP
driver reads it the same way (``drivers.http.page.HtmlPage.near``).
"""

from __future__ import annotations

GROUP_DEPTH = 3  # the field's group: its parent, grandparent and great-grandparent, in its form

NOTE_NEAR = f"""(field, note) => {{
  const clean = (s) => (s || "").replace(/\\s+/g, " ").trim();
  const described = (field.getAttribute("aria-describedby") || "").split(/\\s+/)
    .map((id) => document.getElementById(id)).filter(Boolean);
  const labels = [...(field.labels || [])];
  if ([...labels, ...described].some((el) => clean(el.innerText).includes(note))) return true;
  let group = field.parentElement;
  for (let depth = 0; group && depth < {GROUP_DEPTH}; depth++, group = group.parentElement) {{
    if (clean(group.innerText).includes(note)) return true;
    if (group.tagName === "FORM") break;
  }}
  return false;
}}"""
