"""axe-core through axe-playwright-python: serious and critical violations fail.

Every run's outcome of every rule is also kept, compact (``report``), for the living doc to
report it by RGAA 4.1 criterion from axe-core's ``RGAA-…`` tags (axe-core 4.11 and later).
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

BLOCKING = ("serious", "critical")
OUTCOMES = ("violations", "incomplete", "passes", "inapplicable")
_axe = Axe()


def report(response: dict[str, Any]) -> dict[str, Any]:
    """Each rule's outcome on the page, with its RGAA tags and how many elements it saw."""
    rules = [
        {
            "id": rule["id"],
            "outcome": outcome,
            "impact": rule.get("impact"),
            "nodes": len(rule.get("nodes") or []),
            "rgaa": [tag for tag in rule.get("tags", []) if tag.startswith("RGAA-")],
        }
        for outcome in OUTCOMES
        for rule in response.get(outcome, [])
    ]
    engine = (response.get("testEngine") or {}).get("version", "")
    return {"engine": engine, "url": response.get("url", ""), "rules": rules}


def run(page: Page) -> dict[str, Any]:
    """axe-core's whole answer for the page."""
    return _axe.run(page).response


def blocking_violations(response: dict[str, Any]) -> list[str]:
    """One line per serious or critical violation: rule id, impact, first offending node."""
    lines = []
    for violation in response.get("violations", []):
        if violation.get("impact") in BLOCKING:
            nodes = violation.get("nodes") or [{}]
            target = nodes[0].get("target", "?")
            lines.append(
                f"{violation['id']} ({violation['impact']}) at {target}: {violation['help']}"
            )
    return lines
