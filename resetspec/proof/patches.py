"""`resetspec mutants --patches DIR`: bugs written by other hands, as patches, against the spec.

    resetspec mutants --patches ../redteam/round1 --jobs 2
    resetspec mutants --patches DIR --tree ../old-checkout     # the same bugs, another spec

Each ``*.patch`` of the folder is applied to a fresh copy of the tree (``git apply``) and the
feature suite runs against the app it gives: through the HTTP driver first, then the
@browser-only examples in Chromium, then the rest in Chromium — each stage stopping at the first
failing example, the next run only if the bug survived the last. A bug is killed when an
example fails; the first one that did is its killer. A ``manifest.json`` beside the patches
(``[{"patch", "rule", "symptom"}]``) adds the rule each bug breaks and what a user sees, which
is all the report says of a survivor: whoever adds examples for it must not need the patch.
The report goes to reports/mutation/patches.{json,md}; the exit status is 1 when a bug survived.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from resetspec.proof.checkout import ROOT, commit
from resetspec.proof.mechanical.workers import copy_tree
from resetspec.reports.junit_reading import failed_cases

REPORTS = Path(os.environ.get("RESETSPEC_REPORTS") or ROOT / "reports")
STAGES = (
    ("http", "not @browser-only and not @wip"),
    ("browser", "@browser-only and not @wip"),
    ("browser", "not @browser-only and not @wip"),
)
STAGE_SECONDS = 1800


@dataclass
class Bug:
    patch: str
    rule: str = ""
    symptom: str = ""
    verdict: str = ""  # killed, survived, not-applied, error
    killer: str = ""
    stage: str = ""
    seconds: float = 0.0


def bugs_in(folder: Path) -> list[Bug]:
    if not folder.is_dir():
        raise SystemExit(f"resetspec mutants --patches: {folder} is not a folder")
    described = {}
    manifest = folder / "manifest.json"
    if manifest.is_file():
        described = {e["patch"]: e for e in json.loads(manifest.read_text(encoding="utf-8"))}
    patches = sorted(p.name for p in folder.glob("*.patch"))
    if not patches:
        raise SystemExit(f"resetspec mutants --patches: no *.patch file in {folder}")
    return [
        Bug(p, described.get(p, {}).get("rule", ""), described.get(p, {}).get("symptom", ""))
        for p in patches
    ]


def behave(tree: Path, driver: str, tags: str, junit: Path) -> list[str]:
    """The failing examples of one stage (behave stops at the first); its exit status aside."""
    command = [sys.executable, "-m", "behave", "--stop", "--format", "null", "--no-summary"]
    command += ["--tags", tags, "-D", f"driver={driver}", "-D", f"reports={junit.parent}"]
    command += ["--junit", "--junit-directory", str(junit)]
    env = {**os.environ, "PYTHONPATH": str(tree), "RESETSPEC_REPORTS": str(junit.parent)}
    done = subprocess.run(
        command, cwd=tree, env=env, capture_output=True, text=True, timeout=STAGE_SECONDS
    )
    failed = failed_cases(junit)
    if done.returncode != 0 and not failed:
        return [f"(behave exited {done.returncode}: {done.stderr.strip()[-300:]})"]
    return failed


def apply(patch: Path, tree: Path) -> str:
    """Apply the patch; where the code moved since it was written, with one line of context
    instead of three. The first line of git's complaint when it still does not apply."""
    for context in ([], ["-C1"]):
        done = subprocess.run(
            ["git", "apply", *context, str(patch)], cwd=tree, capture_output=True, text=True
        )
        if done.returncode == 0:
            return ""
    return (done.stderr.strip().splitlines() or ["git apply failed"])[0]


def try_bug(bug: Bug, folder: Path, tree: Path, slot: Path) -> Bug:
    started = time.monotonic()
    copy = copy_tree(tree, slot)
    error = apply(folder / bug.patch, copy)
    if error:
        bug.verdict, bug.killer = "not-applied", error
        return bug
    bug.verdict = "survived"
    for number, (driver, tags) in enumerate(STAGES, 1):
        with tempfile.TemporaryDirectory(prefix="resetspec-bug-") as scratch:
            failed = behave(copy, driver, tags, Path(scratch) / "junit")
        if failed:
            # A run that ended with no failing example (the app did not start…) proves nothing.
            verdict = "error" if failed[0].startswith("(behave exited") else "killed"
            bug.verdict, bug.killer, bug.stage = verdict, failed[0], f"{number}: {driver}"
            break
    bug.seconds = time.monotonic() - started
    return bug


def run(options: argparse.Namespace) -> int:
    bugs = bugs_in(options.patches)
    checkout = commit(options.tree.resolve())
    work = options.out / "patch-trees"
    # One snapshot of the spec for every bug: later edits of the checkout do not reach the run.
    base = copy_tree(options.tree.resolve(), work / "base")
    print(f"resetspec mutants --patches: {len(bugs)} bugs, {options.jobs} at a time", flush=True)
    slots = [work / f"slot-{n}" for n in range(options.jobs)]
    free = list(slots)

    def one(bug: Bug) -> Bug:
        slot = free.pop()
        try:
            done = try_bug(bug, options.patches, base, slot)
        finally:
            free.append(slot)
        print(f"  {done.patch}: {done.verdict} {done.killer}", flush=True)
        return done

    with ThreadPoolExecutor(max_workers=options.jobs) as pool:
        results = list(pool.map(one, bugs))
    write(results, options.out, checkout)
    counted = [b for b in results if b.verdict in ("killed", "survived")]
    killed = sum(b.verdict == "killed" for b in counted)
    share = 100 * killed / len(counted) if counted else 0.0
    print(f"resetspec mutants --patches: {killed} of {len(counted)} bugs killed ({share:.0f} %)")
    return 0 if killed == len(counted) else 1


def write(bugs: list[Bug], out: Path, checkout: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = {"commit": checkout, "bugs": [asdict(b) for b in bugs]}
    (out / "patches.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    lines = ["| bug | rule | verdict | killed by |", "| --- | --- | --- | --- |"]
    for b in bugs:
        shown = b.killer if b.verdict == "killed" else b.symptom
        lines.append(f"| `{b.patch}` | {b.rule} | {b.verdict} | {shown} |")
    (out / "patches.md").write_text("\n".join(lines) + "\n")


def command(options: argparse.Namespace) -> int:
    """``resetspec mutants --patches DIR``, its arguments read by the one tree."""
    options.out = options.out or REPORTS / "mutation"
    return run(options)
