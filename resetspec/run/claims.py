"""One example, one worker: the first worker to claim an example runs it, the others pass.

``resetspec run --workers N`` gives each worker its own share first, then the other workers'
shares from their ends (``resetspec.run.schedule.queues``): a worker that is done early takes over
what another has not reached yet, instead of idling while the split's estimate proves wrong.
A claim is a file created with ``O_EXCL`` in a folder the parent made, which is atomic on a
local file system: no server, no lock, and a worker that dies leaves its claims visible.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

USERDATA = "claims"  # behave's -D key that gives a worker the folder of claims


def claim(folder: Path, example: str, worker: str) -> bool:
    """True when this worker is the first to claim ``example`` (a location or an id)."""
    path = folder / hashlib.sha1(example.encode("utf-8")).hexdigest()
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(f"{worker} {example}\n")  # who ran what, for a reader of a crashed run
    return True


def claimed(folder: Path) -> dict[str, str]:
    """Each claimed example and the worker that claimed it."""
    found = {}
    for path in folder.iterdir():
        worker, _, example = path.read_text(encoding="utf-8").strip().partition(" ")
        found[example] = worker
    return found
