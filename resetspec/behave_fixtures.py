"""behave fixtures of the run and of each scenario; ``environment.py`` only wires them.

Per run: the settings and the seed, an SMTP sink, the reference app (or the ``--target``), one
Chromium. Per scenario: a browser context of its own with a trace, a client token, the domain
layer; on failure a screenshot and the trace under ``reports/failures/``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from behave.fixture import fixture
from behave.model import Scenario
from behave.runner import Context
from playwright.sync_api import expect, sync_playwright

from fixtures.factories import Factory, seed_from_environment
from resetspec.app_server import AppServer, OwnReferenceApp, app_environment
from resetspec.browser import launch
from resetspec.control import ControlClient
from resetspec.drivers.browser import BrowserDriver
from resetspec.dsl import ResetSpec
from resetspec.livingdoc import evidence
from resetspec.mailsink import MailSink
from resetspec.settings import Settings, from_userdata

# Capabilities only the harness's own app has: its log file, restarts with other settings.
OWN_APP_CAPABILITIES = frozenset({"app-log", "reference-app"})
EXPECT_TIMEOUT_MS = 10_000


@fixture
def run_settings(context: Context) -> Iterator[Settings]:
    context.settings = from_userdata(context.config.userdata)
    context.factory = Factory(seed_from_environment())
    seed = context.factory.seed
    print(f"resetspec: seed {seed} (replay a run with RESETSPEC_SEED={seed})")
    yield context.settings


@fixture
def mail_sink(context: Context) -> Iterator[MailSink]:
    sink = MailSink(port=context.settings.mail_port).start()
    print(f"resetspec: mail sink on 127.0.0.1:{sink.port}")
    context.mail_sink = sink
    yield sink
    sink.stop()


@fixture
def system_under_test(context: Context) -> Iterator[str]:
    """The target's base URL; our own reference app when no target was given."""
    settings: Settings = context.settings
    context.own_app = None
    if settings.target:
        context.base_url = settings.target
        context.capabilities = ControlClient(settings.target).capabilities()
        yield settings.target
        return
    workdir = Path(tempfile.mkdtemp(prefix="resetspec-"))
    env = app_environment(workdir / "resetspec.sqlite3", context.mail_sink.port)
    server = AppServer(env, log_path=settings.app_log).start()
    context.base_url = server.base_url
    context.own_app = OwnReferenceApp(server, workdir)
    context.capabilities = ControlClient(server.base_url).capabilities() | OWN_APP_CAPABILITIES
    try:
        yield server.base_url
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@fixture
def chromium(context: Context) -> Iterator[object]:
    playwright = sync_playwright().start()
    browser = launch(playwright, headless=not context.settings.headed)
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    context.browser = browser
    yield browser
    browser.close()
    playwright.stop()


@fixture
def scenario_world(context: Context, scenario: Scenario) -> Iterator[ResetSpec]:
    """A fresh browser context, a client token and the domain layer, for one scenario."""
    token = uuid.uuid4().hex[:12]
    browser_context = context.browser.new_context(locale="fr-FR", timezone_id="Europe/Paris")
    browser_context.set_default_timeout(EXPECT_TIMEOUT_MS)
    browser_context.tracing.start(screenshots=True, snapshots=True)
    driver = BrowserDriver(browser_context, context.base_url)
    control = ControlClient(context.base_url)
    context.spec = ResetSpec(
        driver, control, context.mail_sink.store, context.factory, token, context.own_app
    )
    yield context.spec
    keep_evidence(context.settings.reports, scenario, driver)
    driver.close()


def keep_evidence(reports: Path, scenario: Scenario, driver: BrowserDriver) -> None:
    """Every example: a small JPEG of its last screen. A failure: full screenshot and trace."""
    failed = scenario.status.has_failed()
    folder = evidence.folder_for(reports, scenario)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        driver.page.screenshot(path=folder / evidence.FILES["final"], type="jpeg", quality=40)
        if failed:
            driver.page.screenshot(path=folder / evidence.FILES["failure"], full_page=True)
    except Exception as exc:  # a crashed page must not hide the scenario's own failure
        print(f"resetspec: no screenshot for {scenario.name}: {exc}")
    if failed:
        driver.context.tracing.stop(path=folder / evidence.FILES["trace"])
        print(f"resetspec: evidence in {folder}")
    else:
        driver.context.tracing.stop()


def announce_skip(scenario: Scenario, reason: str) -> None:
    """Say why on the real terminal: behave captures the hooks' own output."""
    print(f"\nSKIPPED {scenario.location}: {scenario.name}: {reason}", file=sys.__stderr__)


def missing_capabilities(tags: list[str], capabilities: frozenset[str]) -> list[str]:
    """``@needs-clock`` needs "clock"; ``@reference-app-only`` needs the harness's own app."""
    needed = {t.removeprefix("needs-") for t in tags if t.startswith("needs-")}
    if "reference-app-only" in tags:
        needed.add("reference-app")
    return sorted(needed - capabilities)
