"""The document a reader sees: the spec as the guide is organised, with each example's result.

The spec is behave's own model (``behave.parser.parse_file``); results are matched to it by
stable id. An example with no result is "not run", which is all of them in a dry run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from behave.model import Feature, Rule, Scenario
from behave.parser import parse_file

from resetspec.livingdoc import catalogue, ids, notes, teeth
from resetspec.livingdoc.record import expanded, table_record
from resetspec.livingdoc.results import Example, Results
from resetspec.livingdoc.views import (
    Chapter,
    CoverageRow,
    Document,
    ExampleView,
    NoteView,
    RuleView,
)

GUIDE_REF = re.compile(r"Guide, (\d+)")


def feature_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.feature"))


def build(
    features: Path, results: Results | None = None, matrix: teeth.Teeth | None = None
) -> Document:
    """The document for the features under a folder, with results when there are some, and
    the kill matrix of the rule mutants when there is one."""
    root = features.resolve().parent
    files = feature_files(features)
    rules = [rule for path in files for rule in rules_of(parse_file(path), root)]
    matched = attach(rules, results.examples if results else {})
    unmatched = sorted(set(results.examples) - matched) if results else []
    return Document(
        chapters=chapters_of(rules),
        rules=rules,
        coverage=coverage_of(rules),
        questions=notes_of(rules, "question"),
        deviations=notes_of(rules, "deviation"),
        dry_run=results is None,
        workers=results.workers if results else [],
        started=results.started if results else "",
        finished=results.finished if results else "",
        unmatched=unmatched,
        matrix=with_killers(matrix, rules),
    )


def label(example: ExampleView) -> str:
    """An example as a reader names it: its title, and an outline's row by its values."""
    if not example.row:
        return example.name
    return f"{example.name} ({', '.join(f'{k} = {v}' for k, v in example.row.items())})"


def with_killers(matrix: teeth.Teeth | None, rules: list[RuleView]) -> teeth.Teeth | None:
    """The matrix with each killer linked to its example, which JUnit names as behave does."""
    if matrix is None:
        return None
    named = {(r.id, e.behave_name): (e.anchor, label(e)) for r in rules for e in r.examples}
    teeth.link_killers(matrix, named)
    for rule in rules:
        rule.mutants = matrix.of_rule(rule.id)
    return matrix


def rules_of(feature: Feature, root: Path) -> list[RuleView]:
    path = ids.feature_path(feature.filename, root)
    chapters = [str(tag)[len("chapter-") :] for tag in feature.tags if tag.startswith("chapter-")]
    views = []
    if feature.scenarios:  # examples outside any Rule still belong in the document
        views.append(loose_rule(feature, path, chapters))
    views += [rule_view(feature, rule, path, chapters) for rule in feature.rules]
    return views


def rule_view(feature: Feature, rule: Rule, path: str, chapters: list[str]) -> RuleView:
    rule_id = ids.rule_id(rule.tags)
    quote, found = notes.split(rule.description)
    view = RuleView(
        id=rule_id,
        title=rule.name[len(rule_id) :].strip() if rule.name.startswith(rule_id) else rule.name,
        feature=path,
        feature_name=feature.name,
        tags=[str(tag) for tag in rule.tags],
        quote=quote,
        notes=notes.tagged(rule.tags, quote, found),
        chapter=chapter_of(quote, chapters, feature.tags),
    )
    view.examples = [ex for sc in rule.scenarios for ex in example_views(path, rule_id, sc)]
    return view


def loose_rule(feature: Feature, path: str, chapters: list[str]) -> RuleView:
    quote, found = notes.split(feature.description)
    view = RuleView(ids.NO_RULE, feature.name, path, feature.name, [], quote, found, "")
    view.chapter = chapter_of(quote, chapters, feature.tags)
    view.examples = [ex for sc in feature.scenarios for ex in example_views(path, "-", sc)]
    return view


def chapter_of(quote: str, chapters: list[str], feature_tags: list[str]) -> str:
    """The guide's chapter the rule's quote cites, among its feature's chapters."""
    cited = [ref for ref in GUIDE_REF.findall(quote) if ref in chapters]
    if cited:
        return cited[0]
    if chapters:
        return chapters[0]
    return catalogue.HARDENING if "hardening" in feature_tags else catalogue.OTHER


def example_views(path: str, rule_id: str, scenario: Scenario) -> list[ExampleView]:
    text, found = notes.split(scenario.description)
    own = [str(tag) for tag in scenario.tags]
    return [
        ExampleView(
            id=ids.example_id(path, rule_id, example.line),
            name=re.sub(r" -- @\S+.*$", "", example.name).strip(),
            behave_name=example.name,
            feature=path,
            line=example.line,
            tags=sorted({str(tag) for tag in example.effective_tags}),
            own_tags=own,
            description=text,
            notes=notes.tagged(own, text, found),
            row=dict(example._row.items()) if getattr(example, "_row", None) else None,
            steps=[spec_step(step) for step in example.all_steps],
        )
        for example in expanded(scenario)
    ]


def spec_step(step: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"keyword": step.keyword, "text": step.name, "status": "untested"}
    if step.table is not None:
        data["table"] = table_record(step.table)
    if step.text:
        data["docstring"] = str(step.text)
    return data


def attach(rules: list[RuleView], results: dict[str, Example]) -> set[str]:
    """Give each example its result; return the ids that found their example."""
    matched = set()
    for rule in rules:
        for example in rule.examples:
            result = results.get(example.id)
            if result is None:
                continue
            matched.add(example.id)
            example.status = result["status"]
            example.skip_reason = result.get("skip_reason")
            example.error = result.get("error")
            example.duration = result.get("duration") or 0.0
            example.steps = result.get("steps") or example.steps
            example.sources = dict(result.get("evidence") or {})
    return matched


def chapters_of(rules: list[RuleView]) -> list[Chapter]:
    chapters = []
    for key in catalogue.ORDER:
        members = [rule for rule in rules if rule.chapter == key]
        if members:
            chapters.append(Chapter(key, catalogue.CHAPTERS.get(key), members))
    return chapters


def coverage_of(rules: list[RuleView]) -> list[CoverageRow]:
    found = {rule.id for rule in rules if rule.id != ids.NO_RULE}
    rows = []
    for rule_id in sorted(set(catalogue.IDS) | found, key=catalogue.sort_key):
        rows.append(CoverageRow(rule_id, [rule for rule in rules if rule.id == rule_id]))
    return rows


def notes_of(rules: list[RuleView], kind: str) -> list[NoteView]:
    views = [NoteView(note, rule, None) for rule in rules for note in rule.notes]
    for rule in rules:
        seen: set[tuple[str, str]] = set()  # an outline's rows share one description
        for example in rule.examples:
            for note in example.notes:
                if (note.text, example.name) not in seen:
                    seen.add((note.text, example.name))
                    views.append(NoteView(note, rule, example))
    return [view for view in views if view.note.kind == kind]
