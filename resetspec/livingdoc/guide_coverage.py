"""Each sentence of the guide marked: checked (by which rules), informative (why) or not
checked; from the features' quotes, the reviewed table, and what a heading is."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from resetspec.livingdoc import catalogue, guide_map, guide_quotes, quotes
from resetspec.livingdoc.guide import Guide
from resetspec.livingdoc.guide_map import GuideMap, ScreenEntry

CHECKED, INFORMATIVE, NOT_CHECKED = "checked", "informative", "not-checked"
# What a sentence is by its place in the guide, not by what it says.
BY_KIND = {
    "title": "the guide's title",
    "contents": "the guide's table of contents",
    "heading": "a heading of the guide",
}
GUIDE_RULES = [rule for rule in catalogue.IDS if rule.startswith("G")]


@dataclass
class Mark:
    state: str
    rules: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class Coverage:
    guide: Guide
    marks: dict[str, Mark]
    found: list[guide_quotes.Found]
    screens: dict[int, ScreenEntry]  # a screen's number -> what shows it in the run
    problems: list[str]  # the table's entries that name nothing, and contradictions

    def rule_sentences(self) -> dict[str, list[str]]:
        """For each rule, the ids of the sentences it checks, in the guide's order."""
        found: dict[str, list[str]] = defaultdict(list)
        for sentence in self.guide.sentences:
            for rule in self.marks[sentence.id].rules:
                found[rule].append(sentence.id)
        return dict(found)

    @property
    def fidelity(self) -> list[str]:
        return [f.problem for f in self.found if f.problem]

    def count(self, state: str) -> int:
        return sum(mark.state == state for mark in self.marks.values())

    @property
    def normative(self) -> int:
        return len(self.marks) - self.count(INFORMATIVE)

    def unlinked_rules(self) -> list[str]:
        linked = self.rule_sentences()
        return [rule for rule in GUIDE_RULES if rule not in linked]


def build(guide: Guide, features: Path, table: GuideMap) -> Coverage:
    found = guide_quotes.find_all(guide, quotes.all_quotes(features))
    checked: dict[str, list[str]] = defaultdict(list)
    for item in found:
        if item.links and item.quote.rule in catalogue.IDS:
            for sentence in item.sentences:
                add(checked[sentence.id], [item.quote.rule])
    problems: list[str] = []
    informative: dict[str, str] = {}
    for entry in table.entries:
        problems += [p for p in [guide_map.problem(entry, guide)] if p]
        for sentence in guide_map.sentences_for(entry, guide):
            if entry.kind == "checked":
                add(checked[sentence.id], list(entry.rules))
            else:
                informative[sentence.id] = entry.reason
    marks = {}
    for sentence in guide.sentences:
        rules = sorted(checked.get(sentence.id, []), key=catalogue.sort_key)
        reason = informative.get(sentence.id) or BY_KIND.get(sentence.kind, "")
        if rules and sentence.id in informative:
            problems.append(
                f'guide map: "{sentence.plain[:60]}" is checked by {rules[0]}'
                " and marked informative; keep one"
            )
        state = CHECKED if rules else INFORMATIVE if reason else NOT_CHECKED
        marks[sentence.id] = Mark(state, rules, "" if rules else reason)
    return Coverage(guide, marks, found, screens_of(guide, table, problems), problems)


def add(rules: list[str], more: list[str]) -> None:
    rules += [rule for rule in more if rule not in rules]


def screens_of(guide: Guide, table: GuideMap, problems: list[str]) -> dict[int, ScreenEntry]:
    """Each transcribed screen with the table's entry whose line it holds."""
    shown: dict[int, ScreenEntry] = {}
    for entry in table.screens:
        holding = [b for b in guide.screens if entry.line in {s.plain for s in b.sentences}]
        if not holding:
            problems.append(f'guide map: [[screen]] {entry.name}: no screen holds "{entry.line}"')
        for block in holding:
            shown.setdefault(block.number, entry)
    return shown
