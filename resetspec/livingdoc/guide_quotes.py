"""Each quote of the features found in the guide: the sentences it covers, or why it is not
there (quote fidelity). The rules of what counts as a quote are in ``quotes``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resetspec.livingdoc.guide import Guide, Sentence
from resetspec.livingdoc.quotes import Quote

# A quote this short ("?", "OK") is checked for fidelity but links no sentence: it would
# match too many places (the login page's "(?)" as well as the third screen's "?").
MIN_LETTERS_TO_LINK = 4


@dataclass
class Found:
    quote: Quote
    sentences: list[Sentence] = field(default_factory=list)  # the sentences it covers
    problem: str = ""  # why it is not the guide's, in one line

    @property
    def links(self) -> bool:
        letters = sum(char.isalnum() for char in self.quote.text)
        return not self.problem and letters >= MIN_LETTERS_TO_LINK


class Text:
    """Sentences joined by one space, with where each sits, to find a quote across them."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.spans: list[tuple[int, int]] = []
        at = 0
        for sentence in sentences:
            self.spans.append((at, at + len(sentence.plain)))
            at += len(sentence.plain) + 1
        self.text = " ".join(s.plain for s in sentences)

    def covering(self, start: int, end: int) -> list[Sentence]:
        pairs = zip(self.sentences, self.spans, strict=True)
        return [s for s, (a, b) in pairs if a < end and start < b]

    def every(self, piece: str) -> list[int]:
        return [m.start() for m in re.finditer(re.escape(piece), self.text)]


def in_section(sentence: Sentence, section: str) -> bool:
    return sentence.section == section or sentence.section.startswith(section + ".")


def find(guide: Guide, quote: Quote) -> Found:
    """Where the quote is in its cited section; a quote of one piece covers each place it is
    found there ("Etape précédente" is on steps 2 and 3), pieces around an ellipsis the first
    places found in their order."""
    section = Text([s for s in guide.sentences if in_section(s, quote.section)])
    pieces = quote.pieces
    if not pieces:
        return Found(quote, problem=f"{quote.where}: an empty quote")
    if len(pieces) == 1:
        places = section.every(pieces[0])
        if places:
            covered = [s for at in places for s in section.covering(at, at + len(pieces[0]))]
            return Found(quote, unique(covered))
        return Found(quote, problem=missing(guide, quote, pieces[0]))
    covered, cursor = [], 0
    for piece in pieces:
        at = section.text.find(piece, cursor)
        if at < 0:
            return Found(quote, problem=missing(guide, quote, piece))
        covered += section.covering(at, at + len(piece))
        cursor = at + len(piece)
    return Found(quote, unique(covered))


def missing(guide: Guide, quote: Quote, piece: str) -> str:
    """Why a piece is not where the quote says: in another section, or nowhere."""
    whole = Text(guide.sentences)
    places = whole.every(piece)
    shown = piece if len(piece) <= 80 else piece[:79] + "…"
    if places:
        elsewhere = whole.covering(places[0], places[0] + len(piece))[0].section or "the title"
        return (
            f'{quote.where}: "{shown}" is in section {elsewhere} of the guide,'
            f" not in {quote.section} as cited"
        )
    return f'{quote.where}: "{shown}" is not in the guide (section {quote.section} cited)'


def unique(sentences: list[Sentence]) -> list[Sentence]:
    seen: dict[str, Sentence] = {}
    for sentence in sentences:
        seen.setdefault(sentence.id, sentence)
    return list(seen.values())


def find_all(guide: Guide, quotes: list[Quote]) -> list[Found]:
    return [find(guide, quote) for quote in quotes]
