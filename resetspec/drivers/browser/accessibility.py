"""axe-core through axe-playwright-python: serious and critical violations fail."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

BLOCKING = ("serious", "critical")
_axe = Axe()


def blocking_violations(page: Page) -> list[str]:
    """One line per serious or critical violation: rule id, impact, first offending node."""
    results = _axe.run(page)
    lines = []
    for violation in results.response.get("violations", []):
        if violation.get("impact") in BLOCKING:
            nodes = violation.get("nodes") or [{}]
            target = nodes[0].get("target", "?")
            lines.append(
                f"{violation['id']} ({violation['impact']}) at {target}: {violation['help']}"
            )
    return lines
