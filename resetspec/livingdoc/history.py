"""The runs before this one: ``reports/history/``, one small JSON per run, kept across runs.

``resetspec run`` clears the folders a run rewrites (results, evidence, the doc) but never this
one; CI carries it from run to run (.github/workflows/spec.yml). ``$RESETSPEC_HISTORY`` moves
it: ``resetspec flake`` points all its runs at the main one, so an example that failed and
passed on one commit is told flaky. Each file::

    {"format": "resetspec-history/1", "started": "…", "finished": "…", "commit": "…",
     "driver": "browser", "examples": {"<stable id>": ["passed", 0.52], …}}

A run is compared with runs of its own driver only: an HTTP run's times, or its skips, say
nothing about a browser run's.

Only examples that ran are kept (passed, failed, or skipped with a reason); the newest
``KEEP`` runs stay.
"""

from __future__ import annotations

import json
import os
import subprocess
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from resetspec.livingdoc.results import Results, ResultsError

FORMAT = "resetspec-history/1"
ENV = "RESETSPEC_HISTORY"
KEEP = 30
RAN = ("passed", "failed", "skipped")
SLOWER = 1.5  # "slowed by more than half"
NOISE_SECONDS = 0.1  # and by at least this much: a 0.02 s example doubling is noise


@dataclass
class Entry:
    started: str
    finished: str
    commit: str
    examples: dict[str, tuple[str, float]] = field(default_factory=dict)
    driver: str = "browser"

    @property
    def key(self) -> tuple[str, str]:
        return (self.started, self.finished)


def folder(reports: Path) -> Path:
    return Path(os.environ.get(ENV) or reports / "history")


def commit_id(root: Path | None = None) -> str:
    """The commit the run was made on (``-dirty`` with uncommitted changes), or ``?``."""
    if os.environ.get("GITHUB_SHA"):
        return os.environ["GITHUB_SHA"][:12]
    try:
        head = git(["rev-parse", "--short=12", "HEAD"], root)
        dirty = git(["status", "--porcelain", "--untracked-files=no"], root)
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return head + ("-dirty" if dirty else "")


def git(args: list[str], root: Path | None) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def entry_of(results: Results, commit: str, driver: str = "browser") -> Entry:
    kept = {
        key: (example["status"], float(example.get("duration") or 0.0))
        for key, example in results.examples.items()
        if example["status"] in RAN
    }
    return Entry(results.started, results.finished, commit, kept, driver)


def record(results: Results, where: Path, commit: str, driver: str = "browser") -> Path:
    """Add this run to the history (once: a run recorded again replaces itself)."""
    where.mkdir(parents=True, exist_ok=True)
    entry = entry_of(results, commit, driver)
    stamp = "".join(ch for ch in entry.finished if ch.isdigit())[:14] or "unknown"
    path = where / f"run-{stamp}-{zlib.crc32(repr(entry.key).encode()) % 10_000:04d}.json"
    for old in where.glob(f"run-{stamp}-*.json"):
        if load_entry(old).key == entry.key:
            path = old
    data = {"format": FORMAT, "started": entry.started, "finished": entry.finished}
    data |= {
        "commit": commit,
        "driver": driver,
        "examples": {k: list(v) for k, v in sorted(entry.examples.items())},
    }
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.replace(path)
    for stale in sorted(where.glob("run-*.json"))[:-KEEP]:
        stale.unlink()
    return path


def load_entry(path: Path) -> Entry:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"not {FORMAT}")
        examples = {k: (str(v[0]), float(v[1])) for k, v in data["examples"].items()}
        driver = str(data.get("driver", "browser"))
        return Entry(
            str(data["started"]), str(data["finished"]), str(data["commit"]), examples, driver
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ResultsError(f"{path}: not a history file ({exc}); remove it") from None


def load(where: Path) -> list[Entry]:
    """Every run of the history, oldest first."""
    if not where.is_dir():
        return []
    entries = [load_entry(path) for path in where.glob("run-*.json")]
    return sorted(entries, key=lambda e: e.finished)
