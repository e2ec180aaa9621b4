"""The mechanical mutation score in the living documentation (``resetspec mutants
--mechanical``): per module and per rule, beside the hand-written kill matrix.

It reads ``reports/mutation/mechanical.json`` (format ``resetspec-mechanical-mutants/1``); a
score written on another commit than the run's is shown with its commit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resetspec.livingdoc.results import ResultsError

FORMAT = "resetspec-mechanical-mutants/1"
DEFAULT = Path("reports/mutation/mechanical.json")


@dataclass(frozen=True)
class Score:
    name: str
    killed: int
    survived: int
    equivalent: int
    percent: float | None


@dataclass(frozen=True)
class Mechanical:
    commit: str
    written: str
    minutes: float
    arid: int
    total: Score
    modules: list[Score]
    rules: dict[str, Score]
    survivors: list[dict[str, Any]]


def _score(name: str, raw: dict[str, Any]) -> Score:
    return Score(
        name, int(raw["killed"]), int(raw["survived"]), int(raw["equivalent"]), raw["percent"]
    )


def load(path: Path) -> Mechanical:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ResultsError(f"{path}: not a {FORMAT} file")
        return Mechanical(
            commit=str(data.get("commit", "")),
            written=str(data.get("written", "")),
            minutes=float(data.get("seconds", 0)) / 60,
            arid=int(data.get("arid", 0)),
            total=_score("total", data["total"]),
            modules=[_score(k, v) for k, v in sorted(data["modules"].items())],
            rules={k: _score(k, v) for k, v in data["rules"].items()},
            survivors=[m for m in data["mutants"] if m["verdict"] in ("survived", "error")],
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResultsError(f"{path}: not a readable mechanical score ({exc})") from None


def found(path: Path | None) -> Mechanical | None:
    """The score at ``path`` (default: the usual place, when a run left one)."""
    if path is None:
        return load(DEFAULT) if DEFAULT.is_file() else None
    return load(path)
