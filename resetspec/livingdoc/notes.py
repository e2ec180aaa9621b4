"""Open questions and deviations, as the features write them: a paragraph opening with a marker.

behave keeps a description as its lines without the blank ones, so a paragraph is told by its
first word ("Question:", "Deviation:") and runs until the next marker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MARKERS = {"Question:": "question", "Deviation:": "deviation"}
KINDS = tuple(MARKERS.values())


@dataclass(frozen=True)
class Note:
    kind: str  # "question" or "deviation"
    text: str  # without its marker


def split(lines: Iterable[str]) -> tuple[str, list[Note]]:
    """A description as its own text (for a rule, the guide's quote) and its marked paragraphs."""
    text: list[str] = []
    marked: list[tuple[str, list[str]]] = []
    for line in lines:
        marker = next((m for m in MARKERS if line.startswith(m)), None)
        if marker:
            marked.append((MARKERS[marker], [line[len(marker) :].strip()]))
        elif marked:
            marked[-1][1].append(line)
        else:
            text.append(line)
    notes = [Note(kind, " ".join(words).strip()) for kind, words in marked]
    return " ".join(text).strip(), notes


def tagged(tags: Iterable[str], text: str, notes: list[Note]) -> list[Note]:
    """The notes, plus one for a ``@question``/``@deviation`` tag whose paragraph is missing."""
    found = {note.kind for note in notes}
    missing = [Note(kind, text) for kind in KINDS if kind in set(tags) and kind not in found]
    return notes + missing
