"""Write the living documentation: one folder, ``index.html`` and the evidence it shows."""

from __future__ import annotations

import os
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from resetspec.livingdoc import guide_text, ids, rgaa
from resetspec.livingdoc.chrome import chrome
from resetspec.livingdoc.views import Document

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "livingdoc"
EVIDENCE = "evidence"


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,  # a missing word of the chrome is a bug, not a blank
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when
    env.filters["percent"] = percent
    env.filters["passage_lang"] = guide_text.language
    return env


def percent(value: float | None) -> str:
    """A score as a reader writes it: "93.4 %", or a dash when nothing was judged."""
    return "—" if value is None else f"{value:.1f} %"


def when(iso: str) -> str:
    """``2026-11-27T09:27:09+00:00`` as a reader says it: ``2026-11-27 09:27 UTC``."""
    try:
        moment = datetime.fromisoformat(iso).astimezone(UTC)
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def render(document: Document, out: Path, lang: str = "fr") -> Path:
    """Write ``<out>/index.html``, copying the evidence beside it; return the page's path."""
    out.mkdir(parents=True, exist_ok=True)
    copy_evidence(document, out)
    page = (
        environment()
        .get_template("index.html.j2")
        .render(
            doc=document,
            t=chrome(lang),
            lang=lang,
            # the doc's folder as seen from where the command ran: the trace's command
            doc_dir=Path(os.path.relpath(out.resolve())).as_posix(),
            themes=rgaa.THEMES[lang],
            # Our own files, inlined as they are: the page must open with no network.
            css=Markup((TEMPLATES / "style.css").read_text(encoding="utf-8")),
            js=Markup((TEMPLATES / "script.js").read_text(encoding="utf-8")),
        )
    )
    index = out / "index.html"
    partial = out / "index.html.part"  # a reader never opens half a page
    partial.write_text(page, encoding="utf-8")
    partial.replace(index)
    return index


def copy_evidence(document: Document, out: Path) -> None:
    """Copy each example's evidence under ``<out>/evidence/`` so the folder travels whole."""
    target = out / EVIDENCE
    shutil.rmtree(target, ignore_errors=True)  # evidence of an older run must not linger
    for example in document.examples:
        folder = target / ids.evidence_name(example.feature, example.line)
        for kind, source in example.sources.items():
            path = Path(source)
            if not path.is_file():
                print(f"resetspec doc: evidence {path} is missing; left out", file=sys.stderr)
                continue
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, folder / path.name)
            example.evidence[kind] = (folder / path.name).relative_to(out).as_posix()


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
