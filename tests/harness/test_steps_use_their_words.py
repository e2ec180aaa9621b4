"""Every word a step parses is used: an actor named in the Gherkin is the one who acts."""

from __future__ import annotations

import ast
from pathlib import Path

STEPS = Path(__file__).resolve().parents[2] / "steps"


def ignored_parameters() -> list[str]:
    found = []
    for path in sorted(STEPS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef) or not node.decorator_list:
                continue
            used = {name.id for name in ast.walk(node) if isinstance(name, ast.Name)}
            for parameter in node.args.args[1:]:  # after behave's context
                if parameter.arg not in used:
                    found.append(f"{path.name}:{node.lineno} {node.name}({parameter.arg})")
    return found


# test that no step definition parses a word of its sentence and then ignores it
def test_no_step_ignores_what_it_parses():
    assert ignored_parameters() == []
