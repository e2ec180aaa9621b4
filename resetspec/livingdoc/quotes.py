"""What the features present as the guide's own words, and where in the guide each is.

A feature presents text as the guide's in a rule's or a feature's description (its Question:
and Deviation: paragraphs aside, which quote other sources) in two ways:

- after a citation ``Guide, 1.3:``, every quoted passage up to the next citation — in double
  quotes ``"…"`` or single quotes ``'…'``, quotes inside quotes being part of the outer one
  (``"… click on "Continuer"."``);
- a quoted passage followed at once by ``(guide, 1.3)``.

Such a quote must be in the cited section of the guide, as written there once markup, list
markers and line breaks are set aside (``guide_text.plain``); a final ``.``, ``,``, ``;`` or
``:`` inside the closing quote is the feature's punctuation, not the guide's. An ellipsis
(``…`` or ``...``) stands for words left out: the pieces it separates must appear in that
order. Anything else a description says — paraphrase, a quote before any citation — is the
feature's own voice and is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from behave.parser import parse_file

from resetspec.livingdoc import guide_text, ids, notes

CITATION = re.compile(r"Guide, (\d+(?:\.\d+)*):")
AFTERWARDS = re.compile(r"^\s*\(guide, (\d+(?:\.\d+)*)\)")
ELLIPSIS = re.compile(r"…|\.\.\.")
OPENS_AFTER = set(" \t([{\"'")
CLOSES_BEFORE = set(" \t.,;:!?)]}…\"'")
TRAILING = ".,;: "


@dataclass(frozen=True)
class Quote:
    feature: str  # the feature file, as the project names it
    line: int  # the line of the Rule (or Feature) whose description holds it
    rule: str  # the rule's catalogue id, "-" for a feature's own description
    section: str  # the guide's section it cites
    text: str  # the quoted words, as the feature writes them

    @property
    def pieces(self) -> list[str]:
        """The quote's parts around each ellipsis, in the plain form, without end marks."""
        parts = [guide_text.plain(part).strip(TRAILING) for part in ELLIPSIS.split(self.text)]
        return [part for part in parts if part]

    @property
    def where(self) -> str:
        owner = self.rule if self.rule != ids.NO_RULE else "feature"
        return f"{self.feature}:{self.line} ({owner})"


def outer_quotes(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each outermost quoted passage, quote marks excluded."""
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if char not in "\"'":
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if stack and stack[-1][0] == char and after in CLOSES_BEFORE and before not in " \t":
            _, start = stack.pop()
            if not stack:
                yield start, index
        elif before in OPENS_AFTER and after not in " \t":
            stack.append((char, index + 1))


def quotes_in(text: str, feature: str, line: int, rule: str) -> list[Quote]:
    """The passages of one description that are presented as the guide's."""
    citations = [(m.start(), m.group(1)) for m in CITATION.finditer(text)]
    found = []
    for start, end in outer_quotes(text):
        later = AFTERWARDS.match(text[end + 1 :])
        cited = [section for at, section in citations if at < start]
        section = later.group(1) if later else (cited[-1] if cited else None)
        if section is not None:
            found.append(Quote(feature, line, rule, section, text[start:end]))
    return found


def quotes_of(path: Path, root: Path) -> list[Quote]:
    """Every quote of a feature file: its own description's, then each rule's."""
    feature = parse_file(path)
    name = ids.feature_path(feature.filename, root)
    own, _ = notes.split(feature.description)
    found = quotes_in(own, name, feature.line, ids.NO_RULE)
    for rule in feature.rules:
        text, _ = notes.split(rule.description)
        found += quotes_in(text, name, rule.line, ids.rule_id(rule.tags))
    return found


def all_quotes(features: Path) -> list[Quote]:
    root = features.resolve().parent
    return [q for path in sorted(features.glob("*.feature")) for q in quotes_of(path, root)]
