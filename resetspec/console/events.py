"""Each finished example as one JSON line, written by a worker and read by the parent's board.

A worker's progress formatter appends to ``events/<worker>.jsonl`` under the run's reports;
the parent reads what was added since its last look, so the board moves while workers run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

FOLDER = "events"


@dataclass(frozen=True)
class Event:
    """One example's end: where it is, its name, its status and, if skipped, why."""

    location: str
    name: str
    status: str  # passed, failed or skipped
    reason: str = ""
    worker: str = ""
    seconds: float = 0.0


def path_for(reports: Path, worker: str) -> Path:
    return reports / FOLDER / f"{worker or 'main'}.jsonl"


def write(path: Path, event: Event) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(event.__dict__) + "\n")


class Reader:
    """New events from every file of a folder, each line read once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.offsets: dict[Path, int] = {}

    def new(self) -> list[Event]:
        found: list[Event] = []
        for path in sorted(self.folder.glob("*.jsonl")):
            with path.open("rb") as stream:
                stream.seek(self.offsets.get(path, 0))
                data = stream.read()
            complete = data[: data.rfind(b"\n") + 1]  # a line being written waits its turn
            self.offsets[path] = self.offsets.get(path, 0) + len(complete)
            for line in complete.decode("utf-8").splitlines():
                if line.strip():
                    found.append(Event(**json.loads(line)))
        return found
