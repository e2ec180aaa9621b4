"""H11's accessibility results by RGAA 4.1 criterion, from axe-core's ``RGAA-x.y.z`` tags.

Each H11 example that ran axe-core leaves ``axe.json`` (``resetspec.drivers.browser.
accessibility.report``): every rule's outcome on its page with the RGAA tests it stands for.
axe-core tags a rule with RGAA *tests* (``RGAA-1.1.1``); a criterion (``1.1``) is shown with the
tests of it that axe-core automates, and for each page the worst outcome of its rules:
a violation, then "incomplete" (a person must check), then a pass, else not applicable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resetspec.livingdoc.views import Document, ExampleView

RULE = "H11"
MIN_ENGINE = (4, 11)  # the first axe-core with RGAA tags
ORDER = ("fail", "review", "pass", "na")
OUTCOME = {"violations": "fail", "incomplete": "review", "passes": "pass", "inapplicable": "na"}
THEMES = {
    "en": [
        "Images", "Frames", "Colours", "Multimedia", "Tables", "Links", "Scripts",
        "Mandatory elements", "Structure of information", "Presentation of information",
        "Forms", "Navigation", "Consultation",
    ],
    "fr": [
        "Images", "Cadres", "Couleurs", "Multimédia", "Tableaux", "Liens", "Scripts",
        "Éléments obligatoires", "Structuration de l'information",
        "Présentation de l'information", "Formulaires", "Navigation", "Consultation",
    ],
}  # fmt: skip


@dataclass
class Criterion:
    number: str  # "1.1"
    tests: list[str] = field(default_factory=list)  # "1.1.1", as axe-core tags them
    rules: list[str] = field(default_factory=list)  # axe-core rule ids
    cells: dict[str, str] = field(default_factory=dict)  # page label -> fail/review/pass/na

    @property
    def theme(self) -> int:
        return int(self.number.split(".")[0])

    @property
    def worst(self) -> str:
        return min(self.cells.values(), key=ORDER.index, default="na")


@dataclass
class Rgaa:
    engine: str
    pages: list[tuple[str, ExampleView]]
    criteria: list[Criterion]

    @property
    def old(self) -> bool:
        return version(self.engine) < MIN_ENGINE

    def count(self, outcome: str) -> int:
        return sum(c.worst == outcome for c in self.criteria)


def version(text: str) -> tuple[int, ...]:
    parts = [int(p) for p in text.split(".")[:2] if p.isdigit()]
    return tuple(parts) or (0,)


def page_label(example: ExampleView) -> str:
    return next(iter(example.row.values())) if example.row else example.name


def build(document: Document) -> Rgaa | None:
    """The criteria axe-core tested on H11's pages in this run; None when none did."""
    reports = [
        (example, read(Path(example.sources["axe"])))
        for rule in document.rules
        if rule.id == RULE
        for example in rule.examples
        if "axe" in example.sources
    ]
    reports = [(example, data) for example, data in reports if data]
    if not reports:
        return None
    criteria: dict[str, Criterion] = {}
    for example, data in reports:
        label = page_label(example)
        for rule in data.get("rules", []):
            for tag in rule.get("rgaa", []):
                merge(criteria, tag.removeprefix("RGAA-"), rule, label)
    ordered = sorted(criteria.values(), key=lambda c: version_key(c.number))
    engine = str(reports[0][1].get("engine", ""))
    return Rgaa(engine, [(page_label(e), e) for e, _ in reports], ordered)


def merge(criteria: dict[str, Criterion], test: str, rule: dict[str, Any], page: str) -> None:
    number = ".".join(test.split(".")[:2])
    criterion = criteria.setdefault(number, Criterion(number))
    if test not in criterion.tests:
        criterion.tests.append(test)
    if rule["id"] not in criterion.rules:
        criterion.rules.append(rule["id"])
    outcome = OUTCOME.get(rule.get("outcome", ""), "na")
    before = criterion.cells.get(page, "na")
    criterion.cells[page] = min(before, outcome, key=ORDER.index)


def version_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


def read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
