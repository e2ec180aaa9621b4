"""The conformance report's lines and verdicts, as printed and as the living doc reads them.

``resetspec.proof.conformance`` runs the checks; this is what they give: one ``Line`` per item
of the numbered contract, the ``Report`` of a target, kept as ``conformance.txt`` for people and
``conformance.json`` (format ``resetspec-conformance/1``) for the living doc.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests

from resetspec.drivers.surface import DEFAULT
from resetspec.spec.control import ControlError

MET, NOT_MET, NOT_APPLICABLE = "met", "not met", "not applicable"
FORMAT = "resetspec-conformance/1"


@dataclass(frozen=True)
class Line:
    number: int
    item: str
    verdict: str
    why: str = ""

    def __str__(self) -> str:
        why = f": {self.why}" if self.why else ""
        return f"  {self.number:>2} {self.item}: {self.verdict}{why}"


@dataclass
class Report:
    target: str
    lines: list[Line]
    checkable: bool = True  # False: nothing could be checked (no hooks answer)

    def render(self) -> str:
        met = sum(line.verdict == MET for line in self.lines)
        head = f"conformance of {self.target}: {met} of {len(self.lines)} items met"
        return "\n".join([head, *map(str, self.lines)])

    @property
    def met(self) -> bool:
        return all(line.verdict != NOT_MET for line in self.lines)

    def as_json(self, surface: str | None) -> dict:
        """What the living doc shows: format `resetspec-conformance/1`."""
        return {
            "format": FORMAT,
            "target": self.target,
            "surface": surface or str(DEFAULT),
            "checkable": self.checkable,
            "lines": [
                {"number": ln.number, "item": ln.item, "verdict": ln.verdict, "why": ln.why}
                for ln in self.lines
            ],
        }

    def keep(self, reports: Path, surface: str | None) -> None:
        """conformance.txt for people, conformance.json for the living doc."""
        reports.mkdir(parents=True, exist_ok=True)
        (reports / "conformance.txt").write_text(self.render() + "\n", encoding="utf-8")
        text = json.dumps(self.as_json(surface), ensure_ascii=False, indent=2)
        (reports / "conformance.json").write_text(text + "\n", encoding="utf-8")


def check(number: int, item: str, test: Callable[[], str | None]) -> Line:
    """Run one check: None means met, a text says why it is not applicable ("n/a: …")."""
    try:
        said = test()
    except (AssertionError, ControlError, requests.RequestException, KeyError) as exc:
        return Line(
            number, item, NOT_MET, str(exc).splitlines()[0][:200] if str(exc) else repr(exc)
        )
    if said and said.startswith("n/a: "):
        return Line(number, item, NOT_APPLICABLE, said[5:])
    return Line(number, item, MET)
