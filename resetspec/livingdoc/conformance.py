"""The conformance report of a ``--target`` run in the living documentation.

``resetspec run --target URL`` checks the contract first (``resetspec.proof.conformance``) and
keeps the verdicts in ``reports/conformance.json`` (format ``resetspec-conformance/1``); the doc
shows them as a table before the rules, so a reader knows what the target met before any
example ran. A run against the built-in reference app has none, and the doc shows none.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from resetspec.livingdoc.results import ResultsError

FORMAT = "resetspec-conformance/1"
VERDICTS = ("met", "not met", "not applicable")


def default() -> Path:
    return Path(os.environ.get("RESETSPEC_REPORTS") or "reports") / "conformance.json"


@dataclass(frozen=True)
class Item:
    number: int
    item: str
    verdict: str
    why: str

    @property
    def css(self) -> str:
        return "conf-" + self.verdict.replace(" ", "-")


@dataclass(frozen=True)
class Conformance:
    target: str
    surface: str
    checkable: bool
    items: list[Item]

    @property
    def met(self) -> int:
        return sum(item.verdict == "met" for item in self.items)

    @property
    def not_met(self) -> int:
        return sum(item.verdict == "not met" for item in self.items)


def load(path: Path) -> Conformance:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ResultsError(f"{path}: not a {FORMAT} file")
        items = [
            Item(int(raw["number"]), str(raw["item"]), str(raw["verdict"]), str(raw["why"]))
            for raw in data["lines"]
        ]
        odd = [item.verdict for item in items if item.verdict not in VERDICTS]
        if odd:
            raise ResultsError(f"{path}: unknown verdict {odd[0]!r}")
        return Conformance(
            str(data["target"]), str(data["surface"]), bool(data["checkable"]), items
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResultsError(f"{path}: not a readable conformance report ({exc})") from None


def found(path: Path | None) -> Conformance | None:
    """The report at ``path`` (default: the run's reports, when a target run left one)."""
    if path is None:
        where = default()
        return load(where) if where.is_file() else None
    return load(path)
