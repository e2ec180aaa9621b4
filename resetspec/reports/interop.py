"""``make interop``: the run's messages in Cucumber's own HTML report, read back in Chromium.

``python -m resetspec.reports.interop [REPORTS]`` renders ``REPORTS/cucumber-messages.ndjson``
with ``@cucumber/html-formatter`` (``tools/interop/render.mjs``; ``make interop`` installs it
from npm) into ``REPORTS/cucumber-report.html``, beside the evidence its screenshots point at, then
opens it in the project's Chromium and checks what a reader sees: the report's count of
examples is the stream's test cases (at least ``MIN_EXAMPLES``), and every rule of the
features is on the page once its features are unfolded. 0 when it does, 1 otherwise.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RENDER = ROOT / "tools" / "interop" / "render.mjs"
MIN_EXAMPLES = 115
TOTAL = re.compile(r"\((\d+) / (\d+)\) passed")
RULE = re.compile(r"Rule:\s*(\S+)")
UNFOLD_LIMIT = 200  # more features than that would be another suite
TIMEOUT_MS = 20_000


@dataclass(frozen=True)
class Seen:
    """What a reader finds on a report's page."""

    examples: int
    passed: int
    rules: set[str]


def expected(messages: Path) -> tuple[int, set[str]]:
    """The stream's test cases, and the first word of each rule's name in its documents."""
    cases, rules = 0, set()
    for line in messages.read_text(encoding="utf-8").splitlines():
        envelope = json.loads(line)
        cases += "testCase" in envelope
        feature = envelope.get("gherkinDocument", {}).get("feature", {})
        for child in feature.get("children", []):
            if "rule" in child:
                rules.add(child["rule"]["name"].split()[0])
    return cases, rules


def render(messages: Path, html: Path) -> None:
    node = shutil.which("node")
    if node is None or not (RENDER.parent / "node_modules").is_dir():
        raise SystemExit("interop: no Node or no html-formatter; run `make interop`")
    subprocess.run([node, str(RENDER), str(messages), str(html)], check=True, timeout=120)


def seen(html: Path) -> Seen:
    """The report as Chromium shows it, every feature unfolded."""
    from playwright.sync_api import sync_playwright

    from resetspec.run.browser import launch

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(html.resolve().as_uri())
        page.get_by_text(TOTAL).first.wait_for()
        folded = page.locator("button[slot=trigger][aria-expanded=false]")
        for _ in range(UNFOLD_LIMIT):
            if not folded.count():
                break
            folded.first.click()
        text = page.inner_text("body")
        browser.close()
    total = TOTAL.search(text)
    assert total is not None  # waited for above
    return Seen(int(total.group(2)), int(total.group(1)), set(RULE.findall(text)))


def verdict(cases: int, rules: set[str], found: Seen) -> list[str]:
    """What is wrong with the report, one line each (nothing when it shows the run)."""
    problems = []
    if found.examples != cases:
        problems.append(f"the report counts {found.examples} examples, the stream has {cases}")
    if found.examples < MIN_EXAMPLES:
        problems.append(f"{found.examples} examples, fewer than the {MIN_EXAMPLES} of a full run")
    if rules - found.rules:
        problems.append(f"rules missing from the page: {', '.join(sorted(rules - found.rules))}")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    reports = Path(args[0]) if args else Path("reports")
    messages, html = reports / "cucumber-messages.ndjson", reports / "cucumber-report.html"
    if not messages.is_file():
        print(f"interop: no {messages}; run `resetspec run` first", file=sys.stderr)
        return 1
    render(messages, html)
    cases, rules = expected(messages)
    found = seen(html)
    return told(html, found, verdict(cases, rules, found))


def told(html: Path, found: Seen, problems: list[str]) -> int:
    """Say what the report shows and what is wrong with it; the exit code."""
    for problem in problems:
        print(f"interop: {problem}", file=sys.stderr)
    state = "FAILED" if problems else "ok"
    shown = f"{found.examples} examples ({found.passed} passed) and {len(found.rules)} rules"
    print(f"interop: Cucumber's HTML report {html} shows {shown}: {state}")
    return int(bool(problems))


if __name__ == "__main__":
    sys.exit(main())
