"""behave fixtures of the run and of each scenario; ``environment.py`` only wires them.

Per run: the settings and the seed, an SMTP sink, the reference app (or the ``--target``), one
Chromium (none with ``driver=http``). A worker of ``resetspec run --workers`` reads the parent's
sink over HTTP and uses the parent's app. Per scenario: a browser context of its own with a
trace (or an HTTP session), a client token, the domain layer; evidence under ``evidence/``.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from behave.fixture import fixture
from behave.model import Scenario
from behave.runner import Context
from playwright.sync_api import expect, sync_playwright

from fixtures.factories import Factory, seed_from_environment
from resetspec.domain.dsl import ResetSpec
from resetspec.drivers import surface
from resetspec.drivers.browser import BrowserDriver
from resetspec.drivers.http import HttpDriver
from resetspec.drivers.surface import Surface
from resetspec.livingdoc import evidence
from resetspec.mail.mailhub import RemoteMailStore
from resetspec.mail.mailsink import MailSink, MailStore
from resetspec.run import claims
from resetspec.run.app_server import (
    READY_PATH,
    AppServer,
    OwnReferenceApp,
    RunningApp,
    app_environment,
    wait_for_answer,
)
from resetspec.run.browser import launch
from resetspec.run.settings import Settings, from_userdata
from resetspec.spec.control import ControlClient

# Capabilities only the harness's own app has: its log file, restarts with other settings.
OWN_APP_CAPABILITIES = frozenset({"app-log", "reference-app"})
EXPECT_TIMEOUT_MS = 10_000
BROWSER = "browser"  # the capability of a browser driver, which @browser-only scenarios need
STEP_ADDRESSES = "step-addresses"  # @needs-step-addresses: each step opens at its own address
STEP_NAMES = surface.reference().step_names()


def run_surface(settings: Settings) -> Surface:
    """The run's page vocabulary: the ``--surface`` file, else the reference app's own."""
    return surface.load(settings.surface) if settings.surface else surface.reference()


@fixture
def run_settings(context: Context) -> Iterator[Settings]:
    context.settings = from_userdata(context.config.userdata)
    context.factory = Factory(seed_from_environment())
    seed = context.factory.seed
    print(f"resetspec: seed {seed} (replay a run with RESETSPEC_SEED={seed})")
    yield context.settings


@fixture
def mail_sink(context: Context) -> Iterator[MailStore | RemoteMailStore]:
    """Our own SMTP sink; or, in a worker of ``--workers``, the parent's, read over HTTP."""
    settings: Settings = context.settings
    if settings.mail_hub:
        context.mail_store, context.mail_port = RemoteMailStore(settings.mail_hub), None
        yield context.mail_store
        return
    sink = MailSink(port=settings.mail_port).start()
    print(f"resetspec: mail sink on 127.0.0.1:{sink.port}")
    context.mail_store, context.mail_port = sink.store, sink.port
    yield sink.store
    sink.stop()


@fixture
def system_under_test(context: Context) -> Iterator[str]:
    """The target's base URL; our own reference app when no target was given."""
    settings: Settings = context.settings
    context.own_app = None
    if settings.target:
        context.base_url = settings.target
        context.capabilities = ControlClient(settings.target).capabilities()
        context.capabilities |= driver_capabilities(settings)
        yield settings.target
        return
    workdir = Path(tempfile.mkdtemp(prefix="resetspec-"))
    if settings.app:  # a worker of --workers: the parent started our app for all of them
        server: AppServer | RunningApp = RunningApp(settings.app, settings.shared_app_log)
        wait_for_answer(settings.app + READY_PATH)  # it boots while this worker imports
    else:
        env = app_environment(workdir / "resetspec.sqlite3", context.mail_port)
        server = AppServer(env, log_path=settings.app_log).start()
    context.base_url = server.base_url
    context.own_app = OwnReferenceApp(server, workdir)
    context.capabilities = ControlClient(server.base_url).capabilities() | OWN_APP_CAPABILITIES
    context.capabilities |= driver_capabilities(settings)
    try:
        yield server.base_url
    finally:
        if isinstance(server, AppServer):
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@fixture
def chromium(context: Context) -> Iterator[object]:
    """One browser per process: launched here, or a ``--browser-ws`` server's."""
    playwright = sync_playwright().start()
    if context.settings.browser_ws:
        browser = playwright.chromium.connect(context.settings.browser_ws)
    else:
        browser = launch(playwright, headless=not context.settings.headed)
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    context.browser = browser
    yield browser
    browser.close()
    playwright.stop()


@fixture
def scenario_world(context: Context, scenario: Scenario) -> Iterator[ResetSpec]:
    """A fresh browser context, a client token and the domain layer, for one scenario."""
    browser_context = context.browser.new_context(locale="fr-FR", timezone_id="Europe/Paris")
    browser_context.set_default_timeout(EXPECT_TIMEOUT_MS)
    trace = context.settings.trace
    # Never a screencast: filming every scenario cost more than the rest of its set-up. DOM
    # snapshots of every action only when asked for (--trace full): about 100 ms an example.
    if trace != "off":
        browser_context.tracing.start(screenshots=False, snapshots=trace == "full")
    driver = BrowserDriver(browser_context, context.base_url, run_surface(context.settings))
    context.spec = domain_layer(context, driver)
    yield context.spec
    keep_evidence(context.settings.reports, scenario, driver, traced=trace != "off")
    keep_reads(evidence.folder_for(context.settings.reports, scenario), context.spec, driver)
    driver.close()


@fixture
def http_world(context: Context, scenario: Scenario) -> Iterator[ResetSpec]:
    """The same domain layer over the HTTP driver: a cookie jar of its own, no browser."""
    driver = HttpDriver(context.base_url, surface=run_surface(context.settings))
    context.spec = domain_layer(context, driver)
    yield context.spec
    folder = evidence.folder_for(context.settings.reports, scenario)
    if scenario.status.has_failed():  # no screen to show: the page as served, for the reader
        keep_page(folder, driver.page.html)
        print(f"resetspec: evidence in {folder}")
    keep_reads(folder, context.spec, None)
    driver.close()


def domain_layer(context: Context, driver: BrowserDriver | HttpDriver) -> ResetSpec:
    """One scenario's ``ResetSpec`` over this driver, with a client token of its own."""
    token = uuid.uuid4().hex[:12]
    control = ControlClient(context.base_url)
    return ResetSpec(driver, control, context.mail_store, context.factory, token, context.own_app)


def keep_page(folder: Path, html: str) -> None:
    """The page's HTML at a failure, beside the other evidence."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / evidence.FILES["page"]).write_text(html, encoding="utf-8")


def keep_reads(folder: Path, spec: ResetSpec, driver: BrowserDriver | None) -> None:
    """What the example read beside the page: the mail it received, axe-core's outcomes."""
    if spec.seen.mail:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / evidence.FILES["mail"]).write_text(spec.seen.mail, encoding="utf-8")
    report = driver.axe_report if driver is not None else None
    if report:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / evidence.FILES["axe"]).write_text(json.dumps(report), encoding="utf-8")


def world_for(settings: Settings) -> Callable[..., Iterator[ResetSpec]]:
    return http_world if settings.driver == "http" else scenario_world


def needs_browser(settings: Settings) -> bool:
    return settings.driver == "browser"


def keep_evidence(
    reports: Path, scenario: Scenario, driver: BrowserDriver, traced: bool = True
) -> None:
    """Every example: a small JPEG of its last screen. A failure: full screenshot and trace."""
    failed = scenario.status.has_failed()
    folder = evidence.folder_for(reports, scenario)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        driver.settle()
        driver.page.screenshot(path=folder / evidence.FILES["final"], type="jpeg", quality=40)
        if failed:
            driver.page.screenshot(path=folder / evidence.FILES["failure"], full_page=True)
            keep_page(folder, driver.page.content())
    except Exception as exc:  # a crashed page must not hide the scenario's own failure
        print(f"resetspec: no screenshot for {scenario.name}: {exc}")
    if traced:
        driver.context.tracing.stop(path=folder / evidence.FILES["trace"] if failed else None)
    if failed:
        print(f"resetspec: evidence in {folder}")


def claimed_by_another_worker(context: Context, scenario: Scenario) -> bool:
    """In a ``--workers`` run, whether another worker took this example first."""
    folder = context.settings.claims
    if folder is None:
        return False
    return not claims.claim(folder, str(scenario.location), context.settings.worker)


def announce_skip(scenario: Scenario, reason: str) -> None:
    """Say why on the real terminal: behave captures the hooks' own output."""
    print(f"\nSKIPPED {scenario.location}: {scenario.name}: {reason}", file=sys.__stderr__)


def missing_capabilities(tags: list[str], capabilities: frozenset[str]) -> list[str]:
    """``@needs-clock`` needs "clock"; ``@reference-app-only`` needs the harness's own app;
    ``@browser-only`` needs a browser driver (``capabilities`` holds "browser" then)."""
    needed = {t.removeprefix("needs-") for t in tags if t.startswith("needs-")}
    if "reference-app-only" in tags:
        needed.add("reference-app")
    if "browser-only" in tags:
        needed.add(BROWSER)
    return sorted(needed - capabilities)


def skip_reason(missing: list[str]) -> str:
    if missing == [BROWSER]:
        return "@browser-only: only a browser can show this; run it with --driver browser"
    return f"the target lacks the capability {', '.join(missing)}"


def driver_capabilities(settings: Settings) -> frozenset[str]:
    """What the chosen driver adds to the target's capabilities, and what the surface says:
    "step-addresses" when each step has an address of its own (not a wizard on one URL)."""
    found = {BROWSER} if settings.driver == "browser" else set()
    if len(set(run_surface(settings).step_paths().values())) == len(STEP_NAMES):
        found.add(STEP_ADDRESSES)
    return frozenset(found)
