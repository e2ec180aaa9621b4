"""Results for the real features, as a run would leave them: passed, failed, skipped, not run."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from resetspec.livingdoc import evidence
from resetspec.livingdoc.document import build
from resetspec.livingdoc.results import Results, save

FEATURES = Path(__file__).resolve().parents[2] / "features"
FAILED_RULE = "G07"
SKIPPED_RULE = "G15"
ERROR = "expected the field error 'Le mot de passe doit contenir au moins 20 caractères.'"


def shots(browser: Browser, html: str) -> tuple[bytes, bytes]:
    """A small page's final JPEG and failure PNG, as the harness takes them."""
    page = browser.new_page(viewport={"width": 640, "height": 400})
    try:
        page.set_content(html)
        return page.screenshot(type="jpeg", quality=50), page.screenshot()
    finally:
        page.close()


def write(reports: Path, final_jpg: bytes, failure_png: bytes) -> tuple[Path, str]:
    """Write a results file under ``reports`` with evidence; return it and the failed id."""
    examples = {}
    failed_id = ""
    for rule in build(FEATURES).rules:
        for index, example in enumerate(rule.examples):
            status = "passed"
            if rule.id == FAILED_RULE and index == 0:
                status, failed_id = "failed", example.id
            elif rule.id == SKIPPED_RULE and index == 0:
                status = "skipped"
            elif rule.id.startswith("H") and rule.id > "H09":
                continue  # left out of the run: "not run"
            examples[example.id] = result(reports, example, status, final_jpg, failure_png)
    path = save(
        Results(["1", "2"], "2026-11-27T10:00:00+00:00", "2026-11-27T10:06:00+00:00", examples),
        reports / "results" / "results-1.json",
    )
    return path, failed_id


def result(reports: Path, example, status: str, final_jpg: bytes, failure_png: bytes) -> dict:
    folder = evidence.evidence_dir(reports, example.feature, example.line)
    steps = [
        {**step, "status": "skipped" if status == "skipped" else "passed"} for step in example.steps
    ]
    files = {}
    if status != "skipped":
        files["final"] = folder / "final.jpg"
    if status == "failed":
        steps[-1] = {**steps[-1], "status": "failed", "error": ERROR}
        files["failure"] = folder / "failure.png"
        files["trace"] = folder / "trace.zip"
        files["page"] = folder / "failure.html"
    folder.mkdir(parents=True, exist_ok=True)
    contents = {
        "final": final_jpg,
        "failure": failure_png,
        "trace": b"PK\x05\x06" + bytes(18),
        "page": b"<html><body>Nouveau mot de passe</body></html>",
    }
    for kind, path in files.items():
        path.write_bytes(contents[kind])
    return {
        "id": example.id,
        "feature": example.feature,
        "rule": example.id.split(":")[1],
        "line": example.line,
        "name": example.name,
        "status": status,
        "skip_reason": "the target has no test clock" if status == "skipped" else None,
        "duration": 1.5,
        "error": ERROR if status == "failed" else None,
        "steps": steps,
        "evidence": {kind: str(path.resolve()) for kind, path in files.items()},
    }
