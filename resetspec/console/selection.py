"""What a run selects, or the one line saying why nothing can be selected.

A path that does not exist and a tag expression that does not parse are usage errors (exit 2);
a selection that matches nothing is an error of its own (exit 5, as pytest's "no tests ran"),
naming the tags or paths and the nearest known tag, so a misspelt tag never turns CI green.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path

from behave.tag_expression import make_tag_expression

from resetspec.run import schedule

USAGE = 2
EMPTY = 5
TAG = re.compile(r"@[\w.-]+")
LOCATED = re.compile(r":\d+$")  # features/x.feature:LINE, one example


class SelectionError(Exception):
    """One line for the user, and the exit code it deserves."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def check_paths(paths: Iterable[str]) -> None:
    for raw in paths:
        path = Path(raw.rsplit(":", 1)[0] if LOCATED.search(raw) else raw)
        if not path.exists():
            raise SelectionError(f"no feature file or folder {raw!r}; see features/", USAGE)
        if path.is_file() and path.suffix != ".feature":
            raise SelectionError(f"{raw!r} is not a .feature file", USAGE)


def check_tags(expressions: Iterable[str]) -> None:
    for expression in expressions:
        try:
            make_tag_expression(expression)
        except Exception as exc:  # behave's TagExpressionError and the parser's own
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise SelectionError(
                f"the tag expression {expression!r} does not parse ({reason}); e.g. '@G07 or @G08'",
                USAGE,
            ) from None


def known_tags(paths: Iterable[str]) -> set[str]:
    """Every tag written in the features, with its @."""
    tags: set[str] = set()
    for path in schedule.feature_files(paths):
        tags |= {f"@{t}" for unit in schedule.units_of(path) for t in unit.tags}
    return tags


def spelling(tag: str) -> str:
    """A tag as the catalogue would write it: ``@g7`` and ``@G7`` are ``@G07``."""
    return re.sub(r"^@([A-Za-z])(\d)$", r"@\g<1>0\2", tag).upper()


def nearest(expressions: Iterable[str], known: set[str]) -> str | None:
    """The known tag closest to a tag of the expressions that the features do not have."""
    by_spelling = {spelling(t): t for t in sorted(known)}
    for expression in expressions:
        for tag in TAG.findall(expression):
            if tag in known:
                continue
            if spelling(tag) in by_spelling:
                return by_spelling[spelling(tag)]
            close = difflib.get_close_matches(spelling(tag), sorted(by_spelling), n=1, cutoff=0.6)
            if close:
                return by_spelling[close[0]]
    return None


def select(paths: list[str], tags: list[str]) -> list[schedule.Unit]:
    """The selected examples; SelectionError when a path, a tag or the selection is wrong."""
    check_paths(paths)
    check_tags(tags)
    located = [p for p in paths if LOCATED.search(p)]
    whole = [p for p in paths if p not in located]
    units = schedule.select(whole, tags) if whole or not located else []
    if located:
        lines = {(str(Path(p.rsplit(":", 1)[0])), int(p.rsplit(":", 1)[1])) for p in located}
        files = sorted({file for file, _ in lines})
        at = [u for u in schedule.select(files, tags) if (str(Path(u.file)), u.line) in lines]
        units = sorted({*units, *at}, key=schedule.order)
    if units:
        return units
    asked = " and ".join(f"--tags {t!r}" for t in tags) or "the paths"
    where = " ".join(paths) or "features/"
    hint = nearest(tags, known_tags(["features"]))
    message = f"no example matches {asked} in {where}"
    message += f"; did you mean {hint}?" if hint else "; see the tags and lines in the living doc"
    raise SelectionError(message, EMPTY)
