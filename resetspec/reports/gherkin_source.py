"""The feature files as Cucumber's own parser reads them: sources, documents and pickles.

``gherkin-official`` parses each file and compiles its pickles (one per example, rules and
outlines included); ``cucumber-messages`` gives them their types. An example of the results
file is found again by where it is written: its feature file and line, which is the pickle's
location (the ``Scenario:`` line, or an outline's ``Examples`` row).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cucumber_messages as cm
from gherkin import Compiler, Parser
from gherkin.ast_builder import AstBuilder
from gherkin.errors import CompositeParserException, ParserError
from gherkin.stream.id_generator import IdGenerator

from resetspec.reports.errors import ReportError

MEDIA_TYPE = cm.SourceMediaType.text_x_cucumber_gherkin_plain


@dataclass
class Scope:
    """Where a scenario sits: its feature and, when it has one, its rule."""

    feature: cm.Feature
    rule: cm.Rule | None
    scenario: cm.Scenario


@dataclass
class Spec:
    """Every parsed feature file, and indexes from a pickle back to its syntax tree."""

    ids: IdGenerator
    sources: list[cm.Source] = field(default_factory=list)
    documents: list[cm.GherkinDocument] = field(default_factory=list)
    pickles: list[cm.Pickle] = field(default_factory=list)
    scopes: dict[str, Scope] = field(default_factory=dict)  # by scenario id
    steps: dict[str, cm.Step] = field(default_factory=dict)  # by step id
    tags: dict[str, cm.Tag] = field(default_factory=dict)  # by tag id
    rows: dict[str, cm.TableRow] = field(default_factory=dict)  # by Examples row id
    places: dict[tuple[str, int], cm.Pickle] = field(default_factory=dict)  # by file and line

    def new_id(self) -> str:
        """An id no message of this stream has yet (gherkin's numbering, carried on)."""
        return self.ids.get_next_id()

    def pickle_at(self, uri: str, line: int) -> cm.Pickle | None:
        return self.places.get((uri, line))

    def scope_of(self, pickle: cm.Pickle) -> Scope:
        return self.scopes[pickle.ast_node_ids[0]]

    def document_of(self, uri: str) -> cm.GherkinDocument | None:
        return next((doc for doc in self.documents if doc.uri == uri), None)


def parse(uris: Iterable[str], root: Path) -> Spec:
    """The feature files named (relative to ``root``, as the results file names them)."""
    spec = Spec(IdGenerator())
    for uri in uris:
        path = root / uri
        try:
            data = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ReportError(f"{uri}: cannot read this feature file ({exc.strerror})") from None
        add_document(spec, uri, data)
    return spec


def add_document(spec: Spec, uri: str, data: str) -> None:
    """One file's source, document and pickles, typed as Cucumber Messages."""
    try:
        raw = Parser(AstBuilder(spec.ids)).parse(data)
    except (CompositeParserException, ParserError) as exc:
        first = str(exc).strip().splitlines()[0]
        raise ReportError(f"{uri}: Cucumber's parser refuses it: {first}") from None
    raw["uri"] = uri
    pickles = Compiler(spec.ids).compile(raw)
    spec.sources.append(cm.Source(data=data, media_type=MEDIA_TYPE, uri=uri))
    document = cm.message_converter.from_dict(raw, cm.GherkinDocument)
    spec.documents.append(document)
    typed = [cm.message_converter.from_dict(p, cm.Pickle) for p in pickles]
    spec.pickles += typed
    spec.places |= {(p.uri, p.location.line): p for p in typed if p.location is not None}
    if document.feature is not None:
        index(spec, document.feature)


def index(spec: Spec, feature: cm.Feature) -> None:
    for rule, scenario in scenarios(feature):
        spec.scopes[scenario.id] = Scope(feature, rule, scenario)
        spec.steps |= {step.id: step for step in scenario.steps}
        spec.tags |= {tag.id: tag for tag in [*feature.tags, *scenario.tags]}
        spec.tags |= {tag.id: tag for tag in (rule.tags if rule else [])}
        for examples in scenario.examples:
            spec.tags |= {tag.id: tag for tag in examples.tags}
            spec.rows |= {row.id: row for row in examples.table_body}
    for background in backgrounds(feature):
        spec.steps |= {step.id: step for step in background.steps}


def scenarios(feature: cm.Feature) -> Iterator[tuple[cm.Rule | None, cm.Scenario]]:
    """Every scenario of a feature, with the rule it belongs to (None outside any rule)."""
    for child in feature.children:
        if child.scenario is not None:
            yield None, child.scenario
        if child.rule is not None:
            for grandchild in child.rule.children:
                if grandchild.scenario is not None:
                    yield child.rule, grandchild.scenario


def backgrounds(feature: cm.Feature) -> Iterator[cm.Background]:
    for child in feature.children:
        if child.background is not None:
            yield child.background
        for grandchild in child.rule.children if child.rule else []:
            if grandchild.background is not None:
                yield grandchild.background
