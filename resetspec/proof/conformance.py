"""``resetspec conformance --target URL``: the contract checked before any example runs.

One line per item of the numbered contract (docs/architecture.md, "What a deployment must
meet"): met, not met and why, or not applicable. ``resetspec run --target`` prints it first and
stops there when the target cannot be checked at all (no test-control hooks answer).
"""

from __future__ import annotations

import argparse
import time
import uuid
from pathlib import Path

import requests

from resetspec.drivers.http import HttpDriver
from resetspec.drivers.surface import DEFAULT, Surface, load
from resetspec.mail.mailsink import MAIL_SECONDS, MailSink
from resetspec.proof.conformance_report import MET, NOT_APPLICABLE, NOT_MET, Line, Report, check
from resetspec.run.cli_args import command_line
from resetspec.spec.control import SPEC, ControlClient, client_headers

QUESTION, ANSWER = "Le prénom de votre conjoint(e) ?", "Paul"
OLD, NEW = "AncienMotDePasse2023Paris", "ConformiteMotDePasse2026Lyon"
SATURDAY, MONDAY = "2026-12-05T12:00:00", "2026-12-07T12:00:00"
RATE_LIMIT, TOO_MANY = 20, 429  # H08: 20 posts of step 1 a minute and client, then 429


class Checks:
    """The checks, over one HTTP visitor of the target and its hooks."""

    def __init__(self, base_url: str, surface: Surface, sink: MailSink | None) -> None:
        self.base_url, self.s, self.sink = base_url, surface, sink
        self.token = f"conformance-{uuid.uuid4().hex[:8]}"
        self.headers = client_headers(self.token)
        self.control = ControlClient(base_url, headers=self.headers)
        self.capabilities: frozenset[str] = frozenset()
        self.email = f"conformite.{uuid.uuid4().hex[:10]}@orange.fr"
        self.walked = False

    def driver(self, client: str | None = None) -> HttpDriver:
        """A new visitor; with `client`, one that counts as another client for the rate limit."""
        headers = client_headers(client) if client else self.headers
        return HttpDriver(self.base_url, headers, self.s)

    def paths(self) -> None:
        answers = {}
        for key, path in self.s.paths().items():
            status = requests.get(self.base_url + path, allow_redirects=False, timeout=10)
            answers[key] = status.status_code
        missing = {k: v for k, v in answers.items() if v == 404 or v >= 500}
        assert not missing, f"these addresses answer 404 or fail: {missing}"

    def step_addresses(self) -> str | None:
        if len(set(self.s.step_paths().values())) < len(self.s.step_names()):
            return "n/a: the steps share an address; @needs-step-addresses examples are skipped"
        return None

    def methods(self) -> None:
        url = self.base_url + self.s.login.path
        status = requests.put(url, data={}, timeout=10, allow_redirects=False).status_code
        assert status in (400, 403, 405), f"PUT {self.s.login.path} answered {status}, not 405"

    def names(self) -> None:
        driver = self.driver()
        try:
            driver.open_login()
            driver.page.field(self.s.login.email)
            driver.page.field(self.s.login.password)
            driver.page.button(self.s.login.log_in)
            driver.expect_links([self.s.login.forgotten, self.s.login.help])
            driver.expect_links(list(self.s.login.other_procedures))
            driver.open_step1()
            driver.page.field(self.s.step1.email)
            driver.page.field(self.s.step1.captcha)
            driver.page.button(self.s.step1.change_image)
            driver.page.button(self.s.step1.next)
            driver.open_help()
            driver.expect_help_page()
        finally:
            driver.close()

    def trail(self) -> None:
        driver = self.driver()
        try:
            driver.open_step1()
            driver.expect_trail()
            driver.expect_current_step(self.s.trail.steps[0])
        finally:
            driver.close()

    def field_errors(self) -> None:
        driver = self.driver()
        try:
            driver.open_step1()
            driver.submit_address("", "")
            driver.expect_field_error("address", self.s.messages.email_missing)
        finally:
            driver.close()

    def walk(self) -> None:
        """A whole reset through the pages: the question beside its label, the note beside the
        field, the summary, the new password opening the space; no page of it cached."""
        self.walked = True
        self.control.create_account(self.email, OLD, QUESTION, ANSWER)
        driver = self.driver()
        try:
            driver.open_step1()
            image = driver.shown_image() or ""
            driver.submit_address(self.email, self.control.captcha_answer(image) or "")
            driver.expect_reached(self.s.trail.steps[1])
            shown = driver.shown_question()
            assert shown == QUESTION, f"the question reads {shown!r} beside its label"
            driver.answer(ANSWER)
            driver.expect_reached(self.s.trail.steps[2])
            driver.expect_password_note(self.s.step3.minimum_note)
            assert driver.choose_password(NEW, NEW), "the new password was not taken"
            assert driver.can_log_in_elsewhere(self.email, NEW, self.headers), "it opens nothing"
            cached = driver.procedure_pages_cached()
            assert not cached, f"pages without Cache-Control: no-store: {cached}"
        finally:
            driver.close()

    def forged(self) -> None:
        driver = self.driver()
        try:
            fields = {"login address": self.email, "login password": OLD}
            status, _ = driver.post_form("login", fields)
            assert status < 500, f"a forged login answered {status}"
            assert not driver.still_in_space(), "a forged login opened a session"
        finally:
            driver.close()

    def mail(self) -> str | None:
        if self.sink is None:
            return "n/a: no --mail-port given: the target's mail cannot be awaited"
        assert self.walked, "no reset was made to send a mail"
        self.sink.store.wait_for(self.email, deadline=time.monotonic() + MAIL_SECONDS)
        return None

    def hooks(self) -> None:
        self.capabilities = self.control.capabilities()
        wanted = {"accounts", "captcha"}
        assert wanted <= self.capabilities, f"the hooks announce {sorted(self.capabilities)}"

    def clock(self) -> str | None:
        if "clock" not in self.capabilities:
            return "n/a: no clock capability; @needs-clock examples are skipped"
        url = self.base_url + self.s.help.path
        pages = [
            requests.get(url, headers={"X-Spec-Now": m}, timeout=10).text
            for m in (SATURDAY, MONDAY)
        ]
        assert pages[0] != pages[1], "X-Spec-Now changes nothing: the hotline reads the same"
        return None

    def client_header(self) -> str | None:
        """One client posts step 1 until it is turned away (H08: the 21st within a minute);
        another client, by its own header, is still answered."""
        if "client-id" not in self.capabilities:
            return "n/a: no client-id capability; @needs-client-id examples are skipped"
        statuses = self.post_step1(f"{self.token}-a", RATE_LIMIT + 1)
        assert len(statuses) > RATE_LIMIT, (
            f"a new X-Spec-Client was turned away at its post {len(statuses)} of step 1, before"
            f" the {RATE_LIMIT + 1}st: is the header read, its budget its own?"
        )
        assert statuses[-1] == TOO_MANY, (
            f"the {RATE_LIMIT + 1}st post of step 1 by one X-Spec-Client answered"
            f" {statuses[-1]}, not {TOO_MANY}"
        )
        other = self.post_step1(f"{self.token}-b", 1)
        assert other != [TOO_MANY], (
            "another X-Spec-Client was turned away with the first one: the header is not read"
        )
        return None

    def post_step1(self, client: str, times: int) -> list[int]:
        """The statuses of `times` posts of step 1 by one client (wrong characters each)."""
        driver = self.driver(client)
        try:
            driver.open_step1()
            statuses = []
            for _ in range(times):
                driver.submit_address(f"visiteur.{client}@example.invalid", "ZZZZZZ")
                statuses.append(driver.last_status())
                if statuses[-1] == TOO_MANY:  # turned away: no form to post again
                    break
            return statuses
        finally:
            driver.close()


def run(base_url: str, surface: Surface, mail_port: int | None = None) -> Report:
    """Every item, in the contract's order; stops after item 11 when no hook answers."""
    sink = MailSink(port=mail_port).start() if mail_port else None
    try:
        checks = Checks(base_url, surface, sink)
        hooks = check(11, "hooks and headers", checks.hooks)
        if hooks.verdict == NOT_MET:
            why = f"{hooks.why}; nothing else can be checked (GET {SPEC} must answer)"
            return Report(base_url, [Line(11, "hooks and headers", NOT_MET, why)], False)
        lines = [
            check(1, "paths", checks.paths),
            check(1, "each step at its own address", checks.step_addresses),
            check(2, "methods", checks.methods),
            check(3, "names", checks.names),
            check(4, "the trail", checks.trail),
            check(5, "field errors", checks.field_errors),
            check(6, "labelled values, a whole reset", checks.walk),
            Line(7, "messages", NOT_APPLICABLE, "each example checks its own"),
            check(8, "statuses and headers (a forged login)", checks.forged),
            Line(9, "cookies", NOT_APPLICABLE, "the replays of H01, H04, H05 check them"),
            check(10, "mail", checks.mail),
            hooks,
            check(11, "X-Spec-Now", checks.clock),
            check(11, "X-Spec-Client", checks.client_header),
            Line(12, "the reference app only", NOT_APPLICABLE, "skipped for another target"),
            Line(13, "surface", MET, str(surface.path.name)),
        ]
        return Report(base_url, lines)
    finally:
        if sink is not None:
            sink.stop()


def main(argv: list[str]) -> int:
    """``resetspec conformance --target URL [--surface FILE] [--mail-port N]``: 0 when every
    item is met or not applicable, 1 when one is not met, 2 when nothing could be checked."""
    return command(command_line("conformance", argv))


def command(options: argparse.Namespace) -> int:
    report = run(options.target, load(Path(options.surface or DEFAULT)), options.mail_port)
    print(report.render())
    return 0 if report.met else (1 if report.checkable else 2)


def first(target: str | None, surface_path: str | None, mail_port: int | None) -> Report | None:
    """`run --target` starts here: print the report; None without a target. The run keeps it
    in its reports (`Report.keep`) and stops before any example when it is not checkable."""
    if not target:
        return None
    words = load(Path(surface_path) if surface_path else DEFAULT)
    report = run(target, words, mail_port)
    print(report.render(), flush=True)
    return report
