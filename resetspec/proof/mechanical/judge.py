"""The test command cosmic-ray runs on each mutant: the features of the module's rules.

    python -m resetspec.proof.mechanical.judge reference_app/lockout.py

Through the HTTP driver first, stopping at the first failing example; then, for a module that
feeds what only a browser shows, the @browser-only examples of the same rules in Chromium.
Exit status 0 when every example passed (the mutant survived), 1 when one failed (killed).
The run is behave's own (no living doc, no JUnit): a mutant costs seconds, not a report.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from resetspec.proof.mechanical.scope import ScopeError, load_scope


def behave_command(tags: str, driver: str, reports: Path) -> list[str]:
    """behave on the features of the working directory, quiet, stopping at the first failure."""
    return [
        sys.executable,
        "-m",
        "behave",
        "--stop",
        "--no-junit",
        "--no-summary",
        "--format",
        "null",
        "--tags",
        tags,
        "-D",
        f"driver={driver}",
        "-D",
        f"reports={reports}",
    ]


def judge(module_path: str) -> int:
    """Run the module's rules against the code as it stands; behave's exit status."""
    modules = {module.path: module for module in load_scope(root=Path.cwd())}
    if module_path not in modules:
        raise ScopeError(f"{module_path} is not in mutation/scope.toml")
    module = modules[module_path]
    reports = Path(tempfile.mkdtemp(prefix="resetspec-judge-"))
    try:
        runs = [("http", module.tags(browser_only=False))]
        if module.browser:
            runs.append(("browser", module.tags(browser_only=True)))
        for driver, tags in runs:
            status = subprocess.run(behave_command(tags, driver, reports), check=False).returncode
            if status != 0:
                return 1
        return 0
    finally:
        shutil.rmtree(reports, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m resetspec.proof.mechanical.judge <module path>", file=sys.stderr)
        return 2
    try:
        return judge(args[0])
    except ScopeError as exc:
        print(f"resetspec judge: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
