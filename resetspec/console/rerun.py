"""A failed browser example run once more with DOM snapshots in its trace, both results told.

Snapshots of every action cost about 100 ms an example (docs/speed.md), so a run records its
actions only; each example that failed runs again, alone, with ``--trace full`` into
``reports/rerun/``. The first result stays the run's verdict; the second says whether the
failure repeats, and its trace shows the page at every step.
"""

from __future__ import annotations

from pathlib import Path

from resetspec.livingdoc import evidence
from resetspec.livingdoc.merge import merge_files
from resetspec.livingdoc.results import Results
from resetspec.run import schedule, workers

FOLDER = "rerun"
MAX_RERUNS = 5  # a run that broke everywhere needs its first failures read, not rerun


def arguments(behave_args: list[str], reports: Path, rerun: Path) -> list[str]:
    """The run's behave arguments, writing into ``rerun`` and tracing in full."""
    swapped = [str(rerun / "junit") if a == str(reports / "junit") else a for a in behave_args]
    swapped = [f"reports={rerun}" if a == f"reports={reports}" else a for a in swapped]
    return [a for a in swapped if not a.startswith("trace=")] + ["-D", "trace=full"]


def failed_units(results: Results, units: list[schedule.Unit]) -> list[schedule.Unit]:
    failed = {k for k, e in results.examples.items() if e["status"] == "failed"}
    return [u for u in units if u.id in failed][:MAX_RERUNS]


def rerun(
    units: list[schedule.Unit],
    behave_args: list[str],
    reports: Path,
    target: str | None,
    mail_port: int | None,
) -> list[str]:
    """Run ``units`` again with snapshots; one line per example saying how it went."""
    folder = reports / FOLDER
    (folder / "junit").mkdir(parents=True, exist_ok=True)
    print(f"resetspec: {len(units)} failed, run again with DOM snapshots in {folder}/", flush=True)
    workers.run(units, 1, arguments(behave_args, reports, folder), folder, target, mail_port)
    results_folder = folder / "results"
    second = merge_files([results_folder]).examples if results_folder.is_dir() else {}
    lines = []
    for unit in units:
        example = second.get(unit.id, {})
        status = example.get("status", "not run")
        verdict = "failed again" if status == "failed" else f"{status} on the rerun (flaky?)"
        trace = evidence.evidence_dir(folder, unit.file, unit.line) / evidence.FILES["trace"]
        where = f"; .venv/bin/playwright show-trace {trace}" if trace.is_file() else ""
        lines.append(f"  rerun {unit.location}: {verdict}{where}")
    return lines
