"""``resetspec run --dry-run``: every step of the selection has a definition, nothing runs.

It loads the step modules as behave does and matches each step of the selected examples; no
app, no browser, and no report is written or removed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from behave import step_registry
from behave.parser import parse_file
from behave.runner_util import exec_file

from resetspec.run import schedule


@dataclass(frozen=True)
class Undefined:
    location: str
    text: str


def load_steps(root: Path) -> None:
    """The step modules under ``root/steps``, registered as behave registers them."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    for module in sorted((root / "steps").glob("*.py")):
        exec_file(str(module), {})


def undefined(units: list[schedule.Unit], root: Path) -> tuple[int, list[Undefined]]:
    """How many steps the selection has, and those no definition matches."""
    load_steps(root)
    wanted = {u.location for u in units}
    count, missing = 0, []
    for path in sorted({u.file for u in units}):
        feature = parse_file(str(root / path))
        for scenario in feature.walk_scenarios(with_outlines=False):
            if f"{path}:{scenario.line}" not in wanted:
                continue
            for step in [*scenario.background_steps, *scenario.steps]:
                count += 1
                if step_registry.registry.find_match(step) is None:
                    missing.append(Undefined(f"{path}:{step.line}", f"{step.keyword} {step.name}"))
    return count, sorted(set(missing), key=lambda u: u.location)


def dry_run(units: list, reports: Path) -> int:
    """Each selected step has a definition; nothing runs and no report is touched."""
    count, missing = undefined(units, Path.cwd())
    for step in missing:
        print(f"undefined: {step.location} {step.text}", file=sys.stderr)
    verdict = f"{len(missing)} undefined" if missing else "every one defined"
    print(
        f"resetspec: dry run of {len(units)} examples, {count} steps: {verdict};"
        f" nothing ran and {reports}/ is untouched"
    )
    return 1 if missing else 0
