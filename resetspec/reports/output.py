"""Write the reports Cucumber's tools and CI read, from a run's (merged) results.

``resetspec merge … --messages FILE --cucumber-json FILE --junit-dir DIR`` (and so every
``resetspec run``) calls ``write``: the feature files named by the results are parsed once,
relative to the working folder, the project's root.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import cucumber_messages as cm

from resetspec.livingdoc.results import Results
from resetspec.reports import cucumber_json, cucumber_messages, gherkin_source, junit_merge
from resetspec.reports.gherkin_source import Spec
from resetspec.reports.junit_complete import complete


@dataclass(frozen=True)
class Wanted:
    """Which reports to write, and where (None: not that one)."""

    messages: Path | None = None
    cucumber_json: Path | None = None
    junit_dir: Path | None = None


def spec_of(results: Results, root: Path) -> Spec:
    """The feature files the results speak of, parsed (paths relative to ``root``)."""
    return gherkin_source.parse(sorted({e["feature"] for e in results.examples.values()}), root)


def replace(path: Path, text: str) -> Path:
    """Write then rename: a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return path


def write(results: Results, wanted: Wanted, sources: list[Path], root: Path) -> list[Path]:
    """Every wanted report; ``sources`` are the results folders, beside which behave's JUnit
    folders (``<reports>/junit/`` next to ``<reports>/results/``) are joined first."""
    if not (wanted.messages or wanted.cucumber_json or wanted.junit_dir):
        return []
    spec = spec_of(results, root)
    written = []
    if wanted.messages:
        written.append(write_messages(spec, results, wanted.messages))
    if wanted.cucumber_json:
        report = cucumber_json.report(spec, results)
        text = json.dumps(report, ensure_ascii=False, indent=1) + "\n"
        written.append(replace(wanted.cucumber_json, text))
    if wanted.junit_dir:
        join_behave_junit(sources, wanted.junit_dir)
        written += complete(wanted.junit_dir, results, spec)
    return written


def write_messages(spec: Spec, results: Results, path: Path) -> Path:
    """``cucumber-messages.ndjson``: one envelope a line, evidence relative to its folder."""
    lines = [
        json.dumps(cm.message_converter.to_dict(e), ensure_ascii=False, separators=(",", ":"))
        for e in cucumber_messages.envelopes(spec, results, path.parent)
    ]
    return replace(path, "\n".join(lines) + "\n")


def join_behave_junit(sources: list[Path], out: Path) -> None:
    """behave's files of each reports folder given (a CI shard's), joined into ``out``."""
    folders = [s.parent / "junit" for s in sources if s.is_dir()]
    folders = [f for f in folders if f.is_dir() and f.resolve() != out.resolve()]
    if folders:
        junit_merge.merge_folders(folders, out)
