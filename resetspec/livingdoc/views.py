"""What the page shows: rules with their examples, chapters, the coverage matrix, the notes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from resetspec.livingdoc import catalogue, ids, notes, teeth
from resetspec.livingdoc.results import STATUSES


@dataclass
class ExampleView:
    id: str
    name: str
    feature: str
    line: int
    tags: list[str]  # every tag that applies (feature's, rule's, its own), for the filters
    own_tags: list[str]
    description: str
    notes: list[notes.Note]
    row: dict[str, str] | None
    steps: list[dict[str, Any]]
    behave_name: str = ""  # behave's own name, " -- @1.2 …" of an outline's row included
    status: str = "untested"
    skip_reason: str | None = None
    error: str | None = None
    duration: float = 0.0
    sources: dict[str, str] = field(default_factory=dict)  # evidence files, absolute
    evidence: dict[str, str] = field(default_factory=dict)  # the copies, relative to the page

    @property
    def anchor(self) -> str:
        return ids.anchor(self.id)

    @property
    def failing_step(self) -> dict[str, Any] | None:
        return next((step for step in self.steps if step["status"] == "failed"), None)


@dataclass
class RuleView:
    id: str
    title: str
    feature: str
    feature_name: str
    tags: list[str]
    quote: str
    notes: list[notes.Note]
    chapter: str
    examples: list[ExampleView] = field(default_factory=list)
    mutants: list[teeth.MutantView] = field(default_factory=list)  # those breaking this rule

    @property
    def anchor(self) -> str:
        return f"rule-{self.id}" if self.id != ids.NO_RULE else ids.anchor(self.feature)

    @property
    def counts(self) -> Counter[str]:
        return Counter(example.status for example in self.examples)


@dataclass
class Chapter:
    key: str
    title: str | None  # None: the page's own words (hardening, other), in the page's language
    rules: list[RuleView]


@dataclass
class CoverageRow:
    id: str
    rules: list[RuleView]
    counts: Counter[str]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def no_example(self) -> bool:
        return self.total == 0

    @property
    def none_passing(self) -> bool:
        return self.counts["passed"] == 0


@dataclass
class NoteView:
    note: notes.Note
    rule: RuleView
    example: ExampleView | None  # None: the note is the rule's own


@dataclass
class Document:
    chapters: list[Chapter]
    rules: list[RuleView]
    coverage: list[CoverageRow]
    questions: list[NoteView]
    deviations: list[NoteView]
    dry_run: bool
    workers: list[str]
    started: str
    finished: str
    unmatched: list[str]  # result ids with no example in the spec (a stale or foreign file)
    matrix: teeth.Teeth | None = None  # the kill matrix of `resetspec mutants`, when there is one

    @property
    def examples(self) -> list[ExampleView]:
        return [example for rule in self.rules for example in rule.examples]

    @property
    def totals(self) -> Counter[str]:
        counts = Counter(example.status for example in self.examples)
        return Counter({status: counts[status] for status in STATUSES})

    @property
    def failures(self) -> list[ExampleView]:
        return [example for example in self.examples if example.status == "failed"]

    @property
    def tags(self) -> list[str]:
        found = {tag for example in self.examples for tag in example.tags}
        return sorted(found, key=lambda tag: (catalogue.sort_key(tag), tag))
