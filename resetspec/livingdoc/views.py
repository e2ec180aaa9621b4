"""What the page shows: rules with their examples, chapters, the coverage matrix, the notes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from resetspec.livingdoc import catalogue, ids, notes, teeth

if TYPE_CHECKING:
    from resetspec.livingdoc.changes import Changes, Point
    from resetspec.livingdoc.guide_view import GuideView

# What a reader is shown: a run's four outcomes, and "flaky" for an example that failed and
# passed on the same commit (resetspec.livingdoc.changes).
SHOWN = ("passed", "failed", "flaky", "skipped", "untested")
# Tags for the harness, not for analysts: left out of the page's tag menu.
INTERNAL_TAGS = ("needs-", "reference-app-only", "browser-only", "chapter-", "wip")


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
    history: list[Point] = field(default_factory=list)  # its recent runs, oldest first
    flaky: tuple[int, int] | None = None  # (failed, runs) on this commit, when both happened
    commit: str = ""

    @property
    def shown_status(self) -> str:
        return "flaky" if self.flaky else self.status

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
    to_review: list[str] = field(default_factory=list)  # its guide sentences that changed

    @property
    def anchor(self) -> str:
        return f"rule-{self.id}" if self.id != ids.NO_RULE else ids.anchor(self.feature)

    @property
    def counts(self) -> Counter[str]:
        return Counter(example.shown_status for example in self.examples)


@dataclass
class Chapter:
    key: str
    title: str | None  # None: the page's own words (hardening, other), in the page's language
    rules: list[RuleView]


@dataclass
class CoverageRow:
    id: str
    rules: list[RuleView]

    @property
    def counts(self) -> Counter[str]:
        """Counted when shown: flaky examples are only known once the history is read."""
        found = sum((rule.counts for rule in self.rules), Counter())
        return Counter({status: found[status] for status in SHOWN})

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
    guide: GuideView | None = None  # the guide, sentence by sentence, when it could be read
    guide_missing: str = ""  # why the guide view is left out
    changes: Changes | None = None  # since the previous run of the history
    rgaa: Any = None  # H11's axe-core results by RGAA criterion (resetspec.livingdoc.rgaa)
    mechanical: Any = None  # cosmic-ray's score (resetspec.livingdoc.mechanical), when there
    conformance: Any = None  # a --target run's contract check (resetspec.livingdoc.conformance)

    @property
    def examples(self) -> list[ExampleView]:
        return [example for rule in self.rules for example in rule.examples]

    @property
    def totals(self) -> Counter[str]:
        counts = Counter(example.shown_status for example in self.examples)
        return Counter({status: counts[status] for status in SHOWN})

    @property
    def failures(self) -> list[ExampleView]:
        return [example for example in self.examples if example.status == "failed"]

    @property
    def tags(self) -> list[str]:
        """The tags an analyst filters by: catalogue ids, @question, @deviation, @hardening…"""
        found = {tag for example in self.examples for tag in example.tags}
        found = {tag for tag in found if not tag.startswith(INTERNAL_TAGS)}
        return sorted(found, key=lambda tag: (catalogue.sort_key(tag), tag))
