"""The results file: one JSON per run, examples keyed by stable id.

Layout (``format`` names it, so a stray JSON file is refused rather than misread)::

    {"format": "resetspec-results/1", "workers": ["local"], "started": "…", "finished": "…",
     "examples": {"<feature>:<rule>:L<line>": {"status": "passed", "steps": […], …}}}

Evidence paths are stored relative to the results file's folder, so a folder of reports can be
moved or downloaded from CI as a whole; in memory they are absolute.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "resetspec-results/1"
STATUSES = ("passed", "failed", "skipped", "untested")

Example = dict[str, Any]


class ResultsError(ValueError):
    """A results file cannot be read or joined; the message fits on one line."""


@dataclass
class Results:
    workers: list[str]
    started: str
    finished: str
    examples: dict[str, Example] = field(default_factory=dict)


def to_json(results: Results, folder: Path) -> dict[str, Any]:
    examples = {key: _rebased(results.examples[key], folder) for key in sorted(results.examples)}
    return {
        "format": FORMAT,
        "workers": results.workers,
        "started": results.started,
        "finished": results.finished,
        "examples": examples,
    }


def save(results: Results, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = to_json(results, path.parent.resolve())
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # Write then rename: a reader (the doc, a merge) never sees half a file.
    partial = path.with_name(path.name + ".part")
    partial.write_text(text + "\n", encoding="utf-8")
    partial.replace(path)
    return path


def load(path: Path) -> Results:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResultsError(f"{path}: not a readable results file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ResultsError(f"{path}: not a results file (expected format {FORMAT})")
    folder = path.parent.resolve()
    examples = {key: _absolute(value, folder) for key, value in data["examples"].items()}
    return Results(data["workers"], data["started"], data["finished"], examples)


def _rebased(example: Example, folder: Path) -> Example:
    evidence = {kind: os.path.relpath(p, folder) for kind, p in example["evidence"].items()}
    return {**example, "evidence": {k: Path(v).as_posix() for k, v in evidence.items()}}


def _absolute(example: Example, folder: Path) -> Example:
    evidence = {kind: str((folder / p).resolve()) for kind, p in example["evidence"].items()}
    return {**example, "evidence": evidence}
