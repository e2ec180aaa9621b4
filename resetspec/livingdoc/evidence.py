"""The evidence convention shared with the harness (see docs/architecture.md, "Evidence").

The harness writes, in ``after_scenario``, under ``<reports>/evidence/<feature-stem>-L<line>/``:
``final.jpg`` for every browser example, and on failure ``failure.png`` and ``trace.zip``;
on failure, with either driver, ``failure.html``: the page's HTML as it stood; with either
driver, ``mail.eml`` when the example read a confirmation mail; ``axe.json`` when it ran
axe-core.
"""

from __future__ import annotations

from pathlib import Path

from behave.model import Scenario

from resetspec.livingdoc.ids import evidence_name, feature_path

FILES = {
    "final": "final.jpg",
    "failure": "failure.png",
    "trace": "trace.zip",
    "page": "failure.html",
    "mail": "mail.eml",  # the first confirmation mail an example read, as received
    "axe": "axe.json",  # axe-core's outcome of every rule on the page (H11), for RGAA
}


def evidence_dir(reports: Path, feature: str, line: int) -> Path:
    return reports / "evidence" / evidence_name(feature, line)


def folder_for(reports: Path, scenario: Scenario) -> Path:
    """Where the harness writes a scenario's evidence (an outline's example: its row's line)."""
    return evidence_dir(reports, feature_path(scenario.filename), scenario.line)


def found(reports: Path, feature: str, line: int) -> dict[str, Path]:
    """The evidence files that exist for an example, by kind."""
    folder = evidence_dir(reports, feature, line)
    paths = {kind: folder / name for kind, name in FILES.items()}
    return {kind: path for kind, path in paths.items() if path.is_file()}
