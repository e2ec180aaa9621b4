"""Where a scenario's evidence goes: screenshots and Playwright traces under ``reports/``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

SLUG_LENGTH = 90
CATALOGUE_ID = re.compile(r"^[GH]\d{2}$")


def catalogue_id(tags: Iterable[str]) -> str | None:
    """The scenario's rule (``G07``), so its evidence sorts and reads by rule."""
    return next((tag for tag in sorted(tags) if CATALOGUE_ID.match(tag)), None)


def slug(feature: str, scenario: str) -> str:
    """A file name both readable and safe: ``g07--a-password-of-19-characters-is-refused``."""
    text = f"{feature}--{scenario}".lower()
    text = re.sub(r"[^a-z0-9-]+", "-", text.encode("ascii", "ignore").decode())
    return re.sub(r"-{3,}", "--", text).strip("-")[:SLUG_LENGTH]


def screenshot_path(reports: Path, name: str, failed: bool) -> Path:
    folder = "failures" if failed else "screens"
    suffix = "png" if failed else "jpeg"  # a failure keeps full quality; a pass only a sketch
    return reports / folder / f"{name}.{suffix}"


def trace_path(reports: Path, name: str) -> Path:
    return reports / "failures" / f"{name}.trace.zip"
