"""`resetspec mutants`: run each rule's scenarios against the app with that rule broken.

    resetspec mutants                       # every fault of reference_app/faults.py
    resetspec mutants --only accept_19_chars --only no_mail --jobs 2
    resetspec mutants --driver http         # faster; @browser-only rules then prove nothing
    resetspec mutants --mechanical --jobs 2 # cosmic-ray's mutants instead (proof/mechanical)
    resetspec mutants --patches DIR         # bugs written as patches by other hands

For each fault, `resetspec run --tags @<rule>` runs with `RESETSPEC_FAULTS=<fault>` (the harness
passes the variable to the app it starts) and its own `RESETSPEC_REPORTS` folder; a fault the
catalogue also gives a pytest killer runs that test too. A mutant is killed when at least one
scenario or test fails that passed in the baseline run (the same rules, no fault) made first.
The kill matrix goes to reports/mutants/kill-matrix.{json,md} and into the living
documentation (its "Rule mutants" section, and under each rule), which is written again; the
exit code is 1 when any mutant survived (a hole in the spec) or a run could not tell.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from resetspec.livingdoc import cli as livingdoc
from resetspec.livingdoc import teeth
from resetspec.proof.checkout import commit
from resetspec.proof.fault_catalogue import BY_NAME, CATALOGUE, Fault
from resetspec.reports.junit_reading import failed_cases
from resetspec.run.arg_types import refuse
from resetspec.run.cli_args import command_line
from resetspec.run.logged_run import run_logged

ROOT = Path(__file__).resolve().parents[2]
REPORTS = Path(os.environ.get("RESETSPEC_REPORTS") or ROOT / "reports")
OUT = REPORTS / "mutants"
RUN_SECONDS = 900  # one rule's scenarios take well under a minute; a hang must not stall all


@dataclass
class Verdict:
    """What one mutant's runs showed."""

    name: str
    rule: str
    description: str
    status: str  # killed, survived, error
    killers: list[str] = field(default_factory=list)
    seconds: float = 0.0
    note: str = ""


def unknown_faults(names: list[str]) -> str | None:
    unknown = [n for n in names if n not in BY_NAME]
    if not unknown:
        return None
    return f"argument --only: unknown fault {unknown[0]!r}; known: {', '.join(BY_NAME)}"


def run_rules(
    name: str,
    tags: str,
    tests: list[str],
    faults: str,
    out: Path,
    jobs: int = 1,
    driver: str = "browser",
) -> tuple[list[str], list[int], Path]:
    """Run the scenarios these tags select (and these pytest tests) with these faults on."""
    folder = (out / "runs" / name).resolve()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    env = {**os.environ, "RESETSPEC_FAULTS": faults, "RESETSPEC_REPORTS": str(folder)}
    behave = [
        sys.executable,
        "-m",
        "resetspec.run.cli",
        "run",
        "--tags",
        tags,
        "--jobs",
        str(jobs),
        "--no-rerun",
    ]
    behave += ["--driver", driver]
    codes = [run_logged(behave, env, folder / "run.log", RUN_SECONDS)]
    failed = failed_cases(folder / "junit")
    if tests:
        junit = folder / "pytest.xml"
        pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests]
        log = folder / "pytest.log"
        codes.append(run_logged([*pytest, f"--junitxml={junit}"], env, log, RUN_SECONDS))
        failed += [f"pytest › {case}" for case in failed_cases(junit)]
    return failed, codes, folder


def baseline(chosen: list[Fault], out: Path, jobs: int, driver: str) -> set[str]:
    """The chosen rules without any fault: what fails here cannot count as a kill."""
    tags = " or ".join(sorted({f"@{fault.rule}" for fault in chosen}))
    tests = sorted({fault.pytest for fault in chosen if fault.pytest})
    failed, codes, folder = run_rules("_baseline", tags, tests, "", out, jobs, driver)
    if failed or any(codes):
        print(f"resetspec mutants: the baseline fails ({folder}): {'; '.join(failed) or codes}")
    return set(failed)


def try_mutant(fault: Fault, out: Path, broken: set[str], driver: str) -> Verdict:
    """Run the rule's scenarios (and the pytest killer, if any) with this fault switched on."""
    started = time.monotonic()
    tests = [fault.pytest] if fault.pytest else []
    rule = f"@{fault.rule}"
    failed, codes, folder = run_rules(fault.name, rule, tests, fault.name, out, driver=driver)
    killers = [case for case in failed if case not in broken]
    return judge(fault, killers, codes, time.monotonic() - started, folder)


def judge(
    fault: Fault, killers: list[str], codes: list[int], seconds: float, folder: Path
) -> Verdict:
    """Killed by a failing scenario; a failed run with no failing scenario proves nothing."""
    verdict = Verdict(fault.name, fault.rule, fault.description, "survived", killers, seconds)
    if killers:
        verdict.status = "killed"
    elif any(codes):
        verdict.status = "error"
        verdict.note = f"a run failed without a failing scenario; see {folder}"
    return verdict


def write_matrix(verdicts: list[Verdict], out: Path, checkout: str | None = None) -> Path:
    """The matrix as JSON (for the living doc) and Markdown (for a pull request); the JSON.
    ``checkout``: the commit the mutants ran on (taken when they started)."""
    out.mkdir(parents=True, exist_ok=True)
    matrix = {
        "format": teeth.FORMAT,
        "written": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit() if checkout is None else checkout,
        "mutants": [asdict(v) for v in verdicts],
    }
    path = out / "kill-matrix.json"
    path.write_text(json.dumps(matrix, ensure_ascii=False, indent=2) + "\n")
    (out / "kill-matrix.md").write_text(markdown(verdicts))
    return path


def refresh_living_doc(matrix: Path, doc: Path) -> None:
    """Write the living doc again with the matrix: over the last run's results when there
    are some, else over the spec alone."""
    merged = REPORTS / "results-merged.json"
    source = ["--results", str(merged)] if merged.is_file() else ["--dry-run"]
    out = ["--out", str(doc), "--mutants", str(matrix)]
    livingdoc.main(["doc", *source, *out])


def markdown(verdicts: list[Verdict]) -> str:
    lines = [
        "# Kill matrix",
        "",
        summary(verdicts),
        "",
        "| mutant | rule | verdict | killed by |",
        "| --- | --- | --- | --- |",
    ]
    for v in verdicts:
        by = "<br>".join(v.killers) or v.note or "—"
        lines.append(f"| `{v.name}` ({v.description}) | {v.rule} | {v.status} | {by} |")
    return "\n".join(lines) + "\n"


def summary(verdicts: list[Verdict]) -> str:
    counts = {s: sum(v.status == s for v in verdicts) for s in ("killed", "survived", "error")}
    return f"{len(verdicts)} mutants: " + ", ".join(f"{n} {s}" for s, n in counts.items())


def console_table(verdicts: list[Verdict]) -> str:
    width = max((len(v.name) for v in verdicts), default=6)
    rows = [f"{'mutant':<{width}}  rule  verdict   secs  killed by"]
    for v in verdicts:
        first = v.killers[0] if v.killers else v.note
        more = f" (+{len(v.killers) - 1})" if len(v.killers) > 1 else ""
        rows.append(f"{v.name:<{width}}  {v.rule}   {v.status:<8} {v.seconds:5.0f}  {first}{more}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    return command(command_line("mutants", argv))


def command(options: argparse.Namespace) -> int:
    if options.mechanical:
        from resetspec.proof.mechanical.cli import command as mechanical

        return mechanical(options)
    if options.patches:
        from resetspec.proof.patches import command as patches

        return patches(options)
    refused = unknown_faults(options.only)
    if refused:
        refuse("resetspec mutants", refused)
    options.out = options.out or OUT
    chosen = [BY_NAME[n] for n in options.only] or list(CATALOGUE)
    checkout = commit()  # what the mutants run on, whatever is committed meanwhile
    driver = options.driver
    broken = set() if options.no_baseline else baseline(chosen, options.out, options.jobs, driver)
    print(f"resetspec mutants: {len(chosen)} mutants, {options.jobs} at a time", flush=True)
    with ThreadPoolExecutor(max_workers=options.jobs) as pool:
        verdicts = list(
            pool.map(lambda f: report(try_mutant(f, options.out, broken, driver)), chosen)
        )
    matrix = write_matrix(verdicts, options.out, checkout)
    # The run's living doc takes the matrix; one made elsewhere (--out) gets a doc of its own.
    doc = REPORTS / "living-doc" if options.out == OUT else options.out / "living-doc"
    refresh_living_doc(matrix, doc)
    print(console_table(verdicts))
    print(f"resetspec mutants: {summary(verdicts)}; matrix in {options.out / 'kill-matrix.md'}")
    return 0 if all(v.status == "killed" for v in verdicts) else 1


def report(verdict: Verdict) -> Verdict:
    print(f"  {verdict.name}: {verdict.status} ({verdict.seconds:.0f}s)", flush=True)
    return verdict


if __name__ == "__main__":
    sys.exit(main())
