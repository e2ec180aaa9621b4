"""Rule mutants: switches that each break one catalogue rule, to prove the spec notices.

Off unless `RESETSPEC_FAULTS=name[,name…]`; unknown names and production mode are refused at
start-up (config.py). The list is data, faults.toml, which the harness reads too. Each switch is
one branch at the point of its rule, marked `# FAULT`, so `grep -n "FAULT" reference_app` lists
every place a mutant can change the app.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from flask import current_app, has_app_context

# The list itself is data (names, rules, what each does), so the harness reads it without
# importing the app; the app needs only the names.
NAMES: tuple[str, ...] = tuple(
    entry["name"]
    for entry in tomllib.loads(Path(__file__).with_name("faults.toml").read_text(encoding="utf-8"))[
        "fault"
    ]
)


class UnknownFault(ValueError):
    """A name in RESETSPEC_FAULTS that the catalogue lacks."""


def parse(raw: str) -> frozenset[str]:
    """Read `name[,name…]`; raise ValueError naming the known faults on an unknown one."""
    names = frozenset(part.strip() for part in raw.split(",") if part.strip())
    unknown = sorted(names - set(NAMES))
    if unknown:
        raise UnknownFault(f"unknown fault {', '.join(unknown)}; known: {', '.join(NAMES)}")
    return names


def active(name: str) -> bool:
    """Tell whether this fault is switched on for the current app."""
    if name not in NAMES:
        raise KeyError(f"{name} is not in the fault catalogue")  # a typo must not go silent
    return has_app_context() and name in current_app.config.get("FAULTS", ())
