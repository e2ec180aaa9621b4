"""The spec's teeth in the living documentation: the kill matrix of ``resetspec mutants``.

``resetspec mutants`` writes ``reports/mutants/kill-matrix.json``::

    {"format": "resetspec-kill-matrix/1", "written": "…", "commit": "…",
     "mutants": [{"name": …, "rule": "G07", "description": …, "status": "killed",
                  "killers": ["<feature class> › <scenario name>", …], "seconds": …}]}

The page shows it as its own section and, under each rule, the mutants that break that rule
and which of its examples killed them. A matrix written on another commit than the run's is
still shown, with its commit, so a reader can tell it may be stale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resetspec.livingdoc.results import ResultsError

FORMAT = "resetspec-kill-matrix/1"
VERDICTS = ("killed", "survived", "error")
DEFAULT = Path("reports/mutants/kill-matrix.json")
KILLER_SEPARATOR = " › "  # JUnit's "classname › name", as resetspec.reports.junit_reading gives it


@dataclass
class MutantView:
    name: str
    rule: str
    description: str
    status: str
    killers: list[str] = field(default_factory=list)
    seconds: float = 0.0
    note: str = ""
    # (label, anchor or None) for each killer: an example of this page when its name matches
    links: list[tuple[str, str | None]] = field(default_factory=list)


@dataclass
class Teeth:
    mutants: list[MutantView]
    written: str
    commit: str
    source: str

    def count(self, status: str) -> int:
        return sum(m.status == status for m in self.mutants)

    @property
    def all_killed(self) -> bool:
        return all(m.status == "killed" for m in self.mutants)

    def of_rule(self, rule: str) -> list[MutantView]:
        return [m for m in self.mutants if m.rule == rule]


def load(path: Path) -> Teeth:
    """Read a kill matrix; a file that is not one is refused in one line."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResultsError(f"{path}: not a readable kill matrix ({exc})") from None
    if isinstance(data, list):  # the first format: the list alone
        data = {"format": FORMAT, "mutants": data}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ResultsError(f"{path}: not a kill matrix (no format {FORMAT!r})")
    mutants = [mutant(entry, path) for entry in data.get("mutants", [])]
    return Teeth(mutants, str(data.get("written", "")), str(data.get("commit", "")), str(path))


def mutant(entry: Any, path: Path) -> MutantView:
    try:
        view = MutantView(
            name=str(entry["name"]),
            rule=str(entry["rule"]),
            description=str(entry.get("description", "")),
            status=str(entry["status"]),
            killers=[str(k) for k in entry.get("killers", [])],
            seconds=float(entry.get("seconds", 0.0)),
            note=str(entry.get("note", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ResultsError(f"{path}: a mutant without {exc}") from None
    if view.status not in VERDICTS:
        raise ResultsError(f"{path}: mutant {view.name} has the verdict {view.status!r}")
    return view


def link_killers(teeth: Teeth, examples: dict[tuple[str, str], tuple[str, str]]) -> None:
    """Point each killer at its example: ``examples`` maps (rule, behave's scenario name) to
    (the example's anchor, how the page names it); a killer not found keeps its own name."""
    for view in teeth.mutants:
        view.links = []
        for killer in view.killers:
            name = killer.split(KILLER_SEPARATOR, 1)[-1]
            anchor, label = examples.get((view.rule, name), (None, killer))
            view.links.append((label, anchor))


def found(path: Path | None) -> Teeth | None:
    """The matrix at ``path`` (default: the usual place, when a run of mutants left one)."""
    if path is None:
        return load(DEFAULT) if DEFAULT.is_file() else None
    return load(path)
