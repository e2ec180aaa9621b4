"""Stable ids: an example is named by where it is written, never by its title.

``features/03_password_policy.feature:G07:L58`` stays the same when a title is reworded, and is
the same on every worker and CI machine, so results merge exactly.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

CATALOGUE_TAG = re.compile(r"^[GH]\d{2}$")
NO_RULE = "-"  # an example written outside any Rule


def rule_id(tags: Iterable[str]) -> str:
    """The catalogue id among a Rule's tags (``@G07``), or ``-`` when it has none."""
    return next((str(tag) for tag in tags if CATALOGUE_TAG.match(str(tag))), NO_RULE)


def feature_path(filename: str | os.PathLike[str], root: Path | None = None) -> str:
    """The feature file as a POSIX path relative to the project (default: the working folder).

    behave names files relative to where it runs, the project's root; the doc names them
    relative to its features folder's parent, so both agree wherever ``resetspec doc`` runs.
    """
    path = Path(filename)
    base = (root or Path.cwd()).resolve()
    if path.is_absolute() or root is not None:
        # Outside the project: keep it absolute rather than guess.
        with contextlib.suppress(ValueError):
            path = path.resolve().relative_to(base)
    return path.as_posix()


def example_id(feature: str, rule: str, line: int) -> str:
    return f"{feature}:{rule}:L{line}"


def evidence_name(feature: str, line: int) -> str:
    """The folder of an example's evidence: ``03_password_policy-L58``."""
    return f"{Path(feature).stem}-L{line}"


def anchor(example: str) -> str:
    """An HTML id for an example id (no colons or slashes, which CSS selectors dislike)."""
    return "ex-" + re.sub(r"[^A-Za-z0-9_-]+", "-", example).strip("-")
