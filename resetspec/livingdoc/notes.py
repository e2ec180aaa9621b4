"""Open questions, deviations and example maps, as the features write them: a paragraph
opening with a marker.

behave keeps a description as its lines without the blank ones, so a paragraph is told by its
first word ("Question:", "Deviation:", "Example map:") and runs until the next marker. An
example map's lines opening with "- " are its items: one class of input or state each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MARKERS = {"Question:": "question", "Deviation:": "deviation", "Example map:": "map"}
KINDS = ("question", "deviation")  # the notes a tag of the same name calls for
ITEM = "- "


@dataclass(frozen=True)
class Note:
    kind: str  # "question", "deviation" or "map"
    text: str  # without its marker; for a map, what comes before its items
    items: tuple[str, ...] = ()  # a map's classes, one per "- " line


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
    notes = [_note(kind, lines) for kind, lines in marked]
    return " ".join(text).strip(), notes


def _note(kind: str, lines: list[str]) -> Note:
    lead: list[str] = []
    items: list[list[str]] = []
    for line in lines:
        if kind == "map" and line.startswith(ITEM):
            items.append([line[len(ITEM) :]])
        elif items:
            items[-1].append(line)
        else:
            lead.append(line)
    return Note(kind, " ".join(lead).strip(), tuple(" ".join(i).strip() for i in items))


def tagged(tags: Iterable[str], text: str, notes: list[Note]) -> list[Note]:
    """The notes, plus one for a ``@question``/``@deviation`` tag whose paragraph is missing."""
    found = {note.kind for note in notes}
    missing = [Note(kind, text) for kind in KINDS if kind in set(tags) and kind not in found]
    return notes + missing
