"""The reviewed table of what a rule's quote cannot carry: ``features/guide-map.toml``.

Quotes link most sentences to the rules that check them (``guide_quotes``). The table says the
rest, each entry naming a sentence by its text (as ``guide_text.plain`` gives it, or a part of
it found in one sentence only; ``section`` narrows the search, ``every = true`` takes every
sentence found)::

    [[checked]]        # the sentence is checked by these rules too
    sentence = "Connexion à mon espace professionnel"
    rules = ["G02"]

    [[informative]]    # the sentence states nothing a rule could check, and why
    sentence = "This Guide sets out the order of the steps of this procedure."
    reason = "context"

    [[screen]]         # which example's last screen shows the guide's transcribed screen
    name = "login"
    line = "Connexion à mon espace professionnel"
    example = "G02 The login page is the guide's \\"Connexion à mon espace professionnel\\""
    mail = false       # true: show the mail that example received beside the transcription

A file that cannot be read, or whose entries lack a key or name an unknown rule, is refused in
one line. An entry that finds no sentence is not an error of the file but drift of the guide:
it is reported with the other drift problems (``guide_lock``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resetspec.livingdoc import catalogue, guide_text
from resetspec.livingdoc.guide import Guide, GuideError, Sentence

KEYS = {
    "checked": ({"sentence", "rules"}, {"section", "every", "why"}),
    "informative": ({"sentence", "reason"}, {"section", "every"}),
    "screen": ({"name", "line", "example"}, {"mail"}),
}


@dataclass(frozen=True)
class Entry:
    kind: str  # checked, informative
    sentence: str
    rules: tuple[str, ...] = ()
    reason: str = ""
    section: str = ""
    every: bool = False


@dataclass(frozen=True)
class ScreenEntry:
    name: str
    line: str
    rule: str
    example: str  # the example's name as the page shows it
    mail: bool = False


@dataclass
class GuideMap:
    path: Path
    entries: list[Entry] = field(default_factory=list)
    screens: list[ScreenEntry] = field(default_factory=list)


def load(path: Path, required: bool = True) -> GuideMap:
    """The table at ``path``; an empty one when it is not there and was not asked for."""
    if not path.is_file():
        if not required:
            return GuideMap(path)
        raise GuideError(f"no guide map at {path}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise GuideError(f"{path}: not a readable guide map ({exc})") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise GuideError(f"{path}: unknown table {unknown[0]!r}; use {', '.join(KEYS)}")
    table = GuideMap(path)
    for kind in KEYS:
        for number, raw in enumerate(data.get(kind, []), start=1):
            checked_keys(path, kind, number, raw)
            if kind == "screen":
                table.screens.append(screen_entry(path, number, raw))
            else:
                table.entries.append(entry(path, kind, number, raw))
    return table


def checked_keys(path: Path, kind: str, number: int, raw: Any) -> None:
    required, optional = KEYS[kind]
    if not isinstance(raw, dict):
        raise GuideError(f"{path}: [[{kind}]] number {number} is not a table")
    missing = sorted(required - set(raw))
    extra = sorted(set(raw) - required - optional)
    if missing or extra:
        what = f"lacks {missing[0]!r}" if missing else f"has an unknown key {extra[0]!r}"
        raise GuideError(f"{path}: [[{kind}]] number {number} {what}")


def entry(path: Path, kind: str, number: int, raw: dict[str, Any]) -> Entry:
    rules = tuple(str(rule) for rule in raw.get("rules", ()))
    unknown = [rule for rule in rules if rule not in catalogue.IDS]
    if unknown or (kind == "checked" and not rules):
        raise GuideError(f"{path}: [[{kind}]] number {number} names no known rule {unknown}")
    return Entry(
        kind,
        guide_text.plain(str(raw["sentence"])),
        rules,
        str(raw.get("reason", "")),
        str(raw.get("section", "")),
        bool(raw.get("every", False)),
    )


def screen_entry(path: Path, number: int, raw: dict[str, Any]) -> ScreenEntry:
    rule, _, name = str(raw["example"]).partition(" ")
    if rule not in catalogue.IDS or not name:
        raise GuideError(
            f"{path}: [[screen]] number {number}: example must be 'RULE name', e.g. 'G02 …'"
        )
    line = guide_text.plain(str(raw["line"]))
    return ScreenEntry(str(raw["name"]), line, rule, name.strip(), bool(raw.get("mail", False)))


def sentences_for(entry: Entry, guide: Guide) -> list[Sentence]:
    """The sentences an entry names: those equal to its text, else those holding it."""
    pool = [s for s in guide.sentences if not entry.section or s.section == entry.section]
    equal = [s for s in pool if s.plain == entry.sentence]
    found = equal or [s for s in pool if entry.sentence in s.plain]
    return found if entry.every or len(found) <= 1 else []


def problem(entry: Entry, guide: Guide) -> str:
    """Why an entry names no sentence (``""`` when it does)."""
    if sentences_for(entry, guide):
        return ""
    pool = [s for s in guide.sentences if not entry.section or s.section == entry.section]
    count = sum(entry.sentence in s.plain for s in pool)
    shown = entry.sentence if len(entry.sentence) <= 70 else entry.sentence[:69] + "…"
    if count:
        return (
            f'guide map: [[{entry.kind}]] "{shown}" is in {count} sentences;'
            " quote more of one, give its section, or say every = true"
        )
    return f'guide map: [[{entry.kind}]] "{shown}" is no longer in the guide'
