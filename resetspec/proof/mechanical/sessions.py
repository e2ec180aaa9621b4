"""cosmic-ray sessions, one per module: made once, marked where arid, resumed until done.

A session is cosmic-ray's SQLite work database. It is kept beside a fingerprint of the module
it was made from; when the module changes, the session is made again (its mutants would point
at code that no longer exists), otherwise a new run only does the work still pending — so an
interrupted run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

import cosmic_ray.commands
import cosmic_ray.modules
import cosmic_ray.plugins
from cosmic_ray.config import ConfigDict, serialize_config
from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import WorkerOutcome, WorkItem, WorkResult

from resetspec.proof.mechanical.arid import arid_spans, why_arid
from resetspec.proof.mechanical.scope import Module

TIMEOUT_SECONDS = 180.0  # a mutant that hangs the app is killed by this, not waited for
JUDGE = "resetspec.proof.mechanical.judge"


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def config_for(module: Module, worker_urls: list[str]) -> ConfigDict:
    """cosmic-ray's configuration: this module, the judge as test command, the workers."""
    command = shlex.join([sys.executable, "-m", JUDGE, module.path])
    return ConfigDict(
        {
            "module-path": module.path,
            "timeout": TIMEOUT_SECONDS,
            "excluded-modules": [],
            "test-command": command,
            "distributor": ConfigDict(
                {"name": "http", "http": ConfigDict({"worker-urls": list(worker_urls)})}
            ),
        }
    )


class Session:
    """One module's session in ``folder``: its database, its fingerprint, its config."""

    def __init__(self, module: Module, folder: Path, root: Path) -> None:
        self.module = module
        self.root = root
        self.db = folder / f"{module.slug}.sqlite"
        self.stamp = folder / f"{module.slug}.sha256"
        self.config = folder / f"{module.slug}.toml"

    def prepare(self) -> bool:
        """Make the session if it is missing or stale; True when it was made afresh."""
        source = self.root / self.module.path
        current = fingerprint(source)
        if self.db.exists() and self.stamp.exists() and self.stamp.read_text() == current:
            return False
        self.db.unlink(missing_ok=True)
        with use_db(str(self.db)) as work_db:
            modules = cosmic_ray.modules.find_modules([Path(self.module.path)])
            cosmic_ray.commands.init(list(modules), work_db, {})
            self._mark_arid(work_db, source.read_text())
        self.stamp.write_text(current)
        return True

    def _mark_arid(self, work_db: WorkDB, source: str) -> None:
        spans = arid_spans(source)
        arid = [
            item.job_id
            for item in work_db.work_items
            if why_arid(spans, tuple(item.mutations[0].start_pos)) is not None
        ]
        skipped = WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output="arid")
        if arid:
            work_db.set_multiple_results(arid, skipped)

    def pending(self) -> int:
        with use_db(str(self.db), WorkDB.Mode.open) as work_db:
            return work_db.num_work_items - work_db.num_results

    def execute(self, worker_urls: list[str], done: Callable[[WorkResult], None]) -> None:
        """Do the pending work on these workers (cosmic-ray's http distributor), as cosmic-ray's
        own `exec` does, telling ``done`` of each result as it is recorded."""
        config = config_for(self.module, worker_urls)
        self.config.write_text(serialize_config(config))  # `cosmic-ray exec` can resume from it
        distributor = cosmic_ray.plugins.get_distributor(config.distributor_name)
        with use_db(str(self.db), WorkDB.Mode.open) as work_db:

            def record(job_id: str, result: WorkResult) -> None:
                work_db.set_result(job_id, result)
                done(result)

            distributor(
                work_db.pending_work_items,
                config.test_command,
                config.timeout,
                config.distributor_config,
                on_task_complete=record,
            )

    def results(self) -> list[tuple[WorkItem, WorkResult | None]]:
        with use_db(str(self.db), WorkDB.Mode.open) as work_db:
            done = dict(work_db.results)
            return [(item, done.get(item.job_id)) for item in work_db.work_items]
