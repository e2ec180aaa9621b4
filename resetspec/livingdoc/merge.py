"""Join the results of several workers or CI machines, exactly, by stable id.

An example reported twice must be reported the same way, with one exception: a run that did
not select it (status ``untested``, or ``skipped`` with no reason, as behave marks examples
left out by tags or locations) yields to the run that did. Anything else is a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from resetspec.livingdoc.results import Example, Results, ResultsError, load

PATTERN = "results*.json"


class MergeConflict(ResultsError):
    """One example has two different results."""


def not_selected(example: Example) -> bool:
    status = example["status"]
    return status == "untested" or (status == "skipped" and not example.get("skip_reason"))


def merge(runs: Iterable[tuple[str, Results]]) -> Results:
    """Merge named runs (the name, usually the file, is only for the conflict message)."""
    examples: dict[str, Example] = {}
    origin: dict[str, str] = {}
    workers: list[str] = []
    started: list[str] = []
    finished: list[str] = []
    for name, run in runs:
        workers += [worker for worker in run.workers if worker not in workers]
        started.append(run.started)
        finished.append(run.finished)
        for key, example in run.examples.items():
            if key in examples:
                example = chosen(key, examples[key], origin[key], example, name)
                if example is examples[key]:
                    continue
            examples[key] = example
            origin[key] = name
    return Results(workers, min(started, default=""), max(finished, default=""), examples)


def chosen(key: str, kept: Example, kept_from: str, new: Example, new_from: str) -> Example:
    if kept == new or not_selected(new):
        return kept
    if not_selected(kept):
        return new
    raise MergeConflict(
        f"{key} has two results: {kept['status']} in {kept_from}, {new['status']} in {new_from};"
        " remove one run's file or run it once"
    )


def result_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders searched (recursively) for ``results*.json``."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob(PATTERN))
            if not found:
                raise ResultsError(f"{path}: no {PATTERN} in this folder")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise ResultsError(f"{path}: no such file or folder")
    return files


def merge_files(paths: Iterable[Path]) -> Results:
    files = result_files(paths)
    return merge((str(file), load(file)) for file in files)
