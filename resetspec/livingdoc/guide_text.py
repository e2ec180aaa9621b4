"""The guide's text as the tools compare it: markup and list markers off, whitespace collapsed.

The guide file is plain text with a little Markdown (``**bold**``, ``*italics*``, ``[a
link](#)``, ``<http://…>``), list markers (``- ``, ``✓ ``), the guide's own signs (``> `` before
an instruction, ``Δ`` before a warning, ``¹`` for its footnote). A quote is compared with the
guide once both are "plain": those marks removed, every run of whitespace one space.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
# An asterisk that opens and closes a word run is emphasis; the forms' lone "*" (a required
# field) and "(*)" are not.
ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*)])(.+?)(?<=[^\s*(])\*(?![\w*])", re.DOTALL)
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
ESCAPE = re.compile(r"\\([\\()\[\]*_#>-])")  # Markdown's "\(" is a plain "("
# What opens a line without being its text: list markers and the guide's own signs.
MARKER = re.compile(r"^\s*(?:[-✓>Δ¹]\s+)+", re.MULTILINE)
# The page shows list items as a list and instructions in their own style: those markers go.
LIST_MARKER = re.compile(r"^\s*[-✓>]\s+", re.MULTILINE)
FOOTNOTE = "¹"
# A sentence ends at . ! or ? followed by a space and a capital or a quote; never after a figure
# ("Chapter 3. Troubleshooting") nor inside "e.g.".
SENTENCE_END = re.compile(r"(?<=[^\d.][.!?])\s+(?=[A-ZÀ-Ý\"“(])")

FRENCH = frozenset(
    re.findall(
        r"\S+",
        "le la les du des votre vos vous et au aux un une mot passe pour est sur ne pas que qui"
        " avec par ce cette mon mes dans nous été êtes sont ou ni vers leur",
    )
)
ENGLISH = frozenset(
    re.findall(
        r"\S+",
        "the and to of your you is are for with will be then click enter this that from must"
        " can have has into any all who which their they if when after",
    )
)
WORD = re.compile(r"[\wÀ-ÿ]+(?:'[\wÀ-ÿ]+)?", re.UNICODE)
QUOTED = re.compile(r'"[^"]*"|«[^»]*»')
ACCENTS = re.compile(r"[éèêëàâîïôûùçœÉÈÊÀÂÎÔÛÇ]")


def strip_markup(text: str) -> str:
    """The text without its Markdown: what a reader of the printed guide sees."""
    text = BOLD.sub(r"\1", text)
    text = ITALIC.sub(r"\1", text)
    text = LINK.sub(r"\1", text)
    return ESCAPE.sub(r"\1", AUTOLINK.sub(r"\1", text))


def plain(text: str) -> str:
    """The form quotes and guide are compared in: no markup, no markers, one space."""
    text = MARKER.sub("", strip_markup(text)).replace(FOOTNOTE, "")
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """A prose paragraph cut into its sentences, each as written (markup kept)."""
    joined = " ".join(text.split())
    return [part for part in SENTENCE_END.split(joined) if part]


def language(text: str) -> str:
    """``fr``, ``en`` or ``""`` (no telling: a name, a number, a button's one word).

    Quoted words are left out: an English sentence quoting a French label is English."""
    text = QUOTED.sub(" ", strip_markup(text))
    words = [w.lower() for w in WORD.findall(text)]
    french = sum(w in FRENCH or "'" in w and w[:2] in ("l'", "d'") for w in words)
    french += 2 * bool(ACCENTS.search(text))
    english = sum(w in ENGLISH for w in words)
    if french == english:
        return ""
    return "fr" if french > english else "en"


def html(text: str) -> Markup:
    """A sentence as the page shows it: bold and italics kept, links as their words."""
    text = LINK.sub(r"\1", AUTOLINK.sub(r"\1", LIST_MARKER.sub("", text)))
    text = ESCAPE.sub(r"\1", text)
    safe = BOLD.sub(r"<strong>\1</strong>", str(escape(text)))
    return Markup(ITALIC.sub(r"<em>\1</em>", safe).replace("\n", " "))
