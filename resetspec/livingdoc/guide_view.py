"""The guide view of the living doc: the guide whole, each sentence with its rules, their
results and mutants; drift marks; each transcribed screen beside the run's own."""

from __future__ import annotations

from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from pathlib import Path

from resetspec.livingdoc import guide_text
from resetspec.livingdoc.guide import Block, Guide, Sentence
from resetspec.livingdoc.guide_coverage import CHECKED, INFORMATIVE, NOT_CHECKED, Coverage, Mark
from resetspec.livingdoc.guide_lock import Drift
from resetspec.livingdoc.guide_map import ScreenEntry
from resetspec.livingdoc.views import Document, ExampleView, RuleView


@dataclass
class RuleLink:
    id: str
    anchor: str
    title: str
    status: str  # passed, failed, flaky, skipped, untested, or "missing" (no such rule)
    mutants: str  # "2/2" killed of the rule's mutants, "" without a kill matrix or a mutant
    all_killed: bool
    to_review: bool


@dataclass
class SentenceView:
    sentence: Sentence
    mark: Mark
    links: list[RuleLink]
    new: bool

    @property
    def structural(self) -> bool:
        """A title, a heading, a line of the contents: informative by its place alone."""
        return self.sentence.kind in ("title", "contents", "heading")

    @property
    def html(self) -> object:
        return guide_text.html(self.sentence.text)


@dataclass
class ReceivedMail:
    headers: list[tuple[str, str]]
    body: str


@dataclass
class ScreenView:
    entry: ScreenEntry
    example: ExampleView | None
    mail: ReceivedMail | None = None


@dataclass
class GuideView:
    source: str  # the guide file, as named to the reader
    blocks: list[Block]
    sentences: dict[str, SentenceView]
    screens: dict[int, ScreenView]
    drift: Drift
    normative: int
    checked: int
    informative: int
    not_checked: int
    rules_to_review: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.sentences)


def rule_status(rules: list[RuleView]) -> str:
    """A rule's verdict from its examples, as the console summary gives it."""
    statuses = {example.shown_status for rule in rules for example in rule.examples}
    for status in ("failed", "flaky", "passed", "skipped"):
        if status in statuses:
            return status
    return "untested" if statuses else "missing"


def link(rule_id: str, doc: Document, drift: Drift) -> RuleLink:
    members = [rule for rule in doc.rules if rule.id == rule_id]
    mutants = doc.matrix.of_rule(rule_id) if doc.matrix else []
    killed = sum(m.status == "killed" for m in mutants)
    return RuleLink(
        rule_id,
        members[0].anchor if members else f"rule-{rule_id}",
        members[0].title if members else "",
        rule_status(members),
        f"{killed}/{len(mutants)}" if mutants else "",
        killed == len(mutants),
        rule_id in drift.to_review,
    )


def build(guide: Guide, coverage: Coverage, drift: Drift, doc: Document, source: str) -> GuideView:
    """The view, and each rule of the document told whether it is to review."""
    links = {rule: link(rule, doc, drift) for rule in coverage.rule_sentences()}
    new = set(drift.new)
    sentences = {
        s.id: SentenceView(
            s, coverage.marks[s.id], [links[r] for r in coverage.marks[s.id].rules], s.id in new
        )
        for s in guide.sentences
    }
    for rule in doc.rules:
        rule.to_review = drift.to_review.get(rule.id, [])
    return GuideView(
        source=source,
        blocks=guide.blocks,
        sentences=sentences,
        screens={n: screen(entry, doc) for n, entry in coverage.screens.items()},
        drift=drift,
        normative=coverage.normative,
        checked=coverage.count(CHECKED),
        informative=coverage.count(INFORMATIVE),
        not_checked=coverage.count(NOT_CHECKED),
        rules_to_review=sorted(drift.to_review),
    )


def screen(entry: ScreenEntry, doc: Document) -> ScreenView:
    """The example that shows this screen in the run, and the mail it received."""
    found = next(
        (e for r in doc.rules if r.id == entry.rule for e in r.examples if e.name == entry.example),
        None,
    )
    mail = read_mail(Path(found.sources["mail"])) if found and "mail" in found.sources else None
    return ScreenView(entry, found, mail if entry.mail else None)


def read_mail(path: Path) -> ReceivedMail | None:
    """The headers a reader compares with the guide's, and the plain-text body."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    except OSError:
        return None
    headers = [
        (name, str(message[name])) for name in ("Subject", "From", "To", "Date") if message[name]
    ]
    part = message.get_body(preferencelist=("plain",))
    return ReceivedMail(headers, part.get_content() if part is not None else "")
