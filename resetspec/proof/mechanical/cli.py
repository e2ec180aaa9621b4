"""`resetspec mutants --mechanical`: cosmic-ray over the reference app, judged by the features.

    resetspec mutants --mechanical                  # every module of mutation/scope.toml
    resetspec mutants --mechanical --jobs 2         # two workers, each in a copy of the tree
    resetspec mutants --mechanical --only reference_app/lockout.py
    resetspec mutants --mechanical --fresh          # forget earlier results and start over

Sessions are kept in reports/mutation/sessions/: run it again and it resumes where it stopped
(a module that changed since is mutated afresh). Before mutating, each module's rules must pass
on the code as it is. The score per module and per rule, and every survivor, go to
reports/mutation/mechanical.{json,md}; the exit status is 1 while a survivor is neither killed
nor in mutation/equivalents.toml, or a run could not tell.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from cosmic_ray.work_item import WorkResult

from resetspec.proof.checkout import commit
from resetspec.proof.mechanical import report, sessions, workers
from resetspec.proof.mechanical.scope import ROOT, ScopeError, load_equivalents, load_scope

REPORTS = Path(os.environ.get("RESETSPEC_REPORTS") or ROOT / "reports")


def baseline(session: sessions.Session) -> None:
    """The module's rules on the code as it is: a failure here would pass for kills."""
    command = [sys.executable, "-m", sessions.JUDGE, session.module.path]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ScopeError(
            f"the rules of {session.module.path} fail without any mutant; fix them first"
            f" ({' '.join(command)})"
        )


class Progress:
    """One line per finished module, and a line every tenth of a module's mutants."""

    def __init__(self, name: str, pending: int) -> None:
        self.name, self.pending, self.done, self.killed = name, pending, 0, 0
        self.started = time.monotonic()

    def __call__(self, result: WorkResult) -> None:
        self.done += 1
        self.killed += result.is_killed
        step = max(1, self.pending // 10)
        if self.done % step == 0 or self.done == self.pending:
            elapsed = time.monotonic() - self.started
            print(
                f"  {self.name}: {self.done}/{self.pending} mutants,"
                f" {self.killed} killed, {elapsed:.0f}s",
                flush=True,
            )


def run(options: argparse.Namespace) -> int:
    os.chdir(ROOT)  # cosmic-ray names modules by their path from the checkout
    modules = load_scope()
    if options.only:
        unknown = sorted(set(options.only) - {m.path for m in modules})
        if unknown:
            raise ScopeError(f"not in mutation/scope.toml: {', '.join(unknown)}")
        modules = [m for m in modules if m.path in options.only]
    equivalents = load_equivalents()
    folder = options.out / "sessions"
    if options.fresh:
        shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    started, checkout = time.monotonic(), commit()  # what the workers copy, not what follows
    chosen = [sessions.Session(module, folder, ROOT) for module in modules]
    for session in chosen:
        session.prepare()
    todo = [s for s in chosen if s.pending()]
    for session in todo:
        baseline(session)
    print(
        f"resetspec mutants --mechanical: {len(chosen)} modules, {len(todo)} with work to do,"
        f" {options.jobs} workers",
        flush=True,
    )
    if todo:
        with workers.pool(ROOT, options.out / "workers", options.jobs) as urls:
            for session in todo:
                session.execute(urls, Progress(session.module.path, session.pending()))
    made = report.Report(commit=checkout, seconds=time.monotonic() - started, arid=0)
    for session in chosen:
        mutants, arid = report.judge(session.module, session.results(), equivalents)
        made.mutants += mutants
        made.arid += arid
    report.tally(made)
    path = report.write(made, options.out)
    paths = {m.path for m in modules}
    reviewed = {key: e for key, e in equivalents.items() if e.module in paths}
    for stale in report.unused_equivalents(made.mutants, reviewed):
        print(f"  note: equivalents.toml entry no survivor matches: {stale.module}: {stale.line}")
    print(f"resetspec mutants --mechanical: {report.counts_line(made)}; report {path}")
    total = made.total
    return 0 if total.survived == total.error == total.pending == 0 else 1


def command(options: argparse.Namespace) -> int:
    """``resetspec mutants --mechanical``, its arguments read by the one tree."""
    options.out = options.out or REPORTS / "mutation"
    try:
        return run(options)
    except (ScopeError, workers.WorkerDidNotStart) as exc:
        print(f"resetspec mutants --mechanical: {exc}", file=sys.stderr)
        return 2
