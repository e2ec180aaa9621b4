"""The domain layer's verbs about help, support and the reference app itself (G13–G15, H06
log, H12). Mixed into ``resetspec.domain.dsl.ResetSpec``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from resetspec.spec import spellings

if TYPE_CHECKING:
    from resetspec.domain.dsl import ResetSpec

UNKNOWN_DOMAIN = "exemple-sans-compte.fr"


class HelpAndSupportVerbs:
    """Uses the scenario's driver, test-control client, personas and sightings."""

    # -- help and support ---------------------------------------------------------------------
    def open_help(self: ResetSpec) -> None:
        self.driver.open_help()

    def confirm_help_link(self: ResetSpec) -> None:
        self.driver.expect_help_link()

    def open_help_from_page(self: ResetSpec) -> None:
        self.driver.follow_help()

    def confirm_help_shown(self: ResetSpec) -> None:
        self.driver.expect_help_page()

    def confirm_fallback(self: ResetSpec, items: list[str]) -> None:
        self.driver.expect_fallback(items)

    def confirm_hotline_open(self: ResetSpec, is_open: bool) -> None:
        self.driver.expect_hotline_open(is_open)

    def confirm_lockout(self: ResetSpec, message: str) -> None:
        self.driver.expect_lockout(message)

    def _new_support_agent(self: ResetSpec) -> tuple[str, str]:
        login, password = f"agent-{self.token}", self.factory.valid_password(24)
        self.control.create_support_agent(login, password)
        return login, password

    def sign_in_support_agent(self: ResetSpec) -> None:
        self.driver.support_log_in(*self._new_support_agent())

    def sign_in_support_with_a_login_one_character_short(self: ResetSpec) -> None:
        """An agent's right password with their login less its last character: refused."""
        login, password = self._new_support_agent()
        self.driver.support_log_in_refused(login[:-1], password)

    def look_up(
        self: ResetSpec, name: str | None = None, by: str = "address", typed: str | None = None
    ) -> None:
        """Support searches for the persona (by her number or her address, typed so), or for
        an address with no account."""
        if name is None:
            query = "" if by == "nothing" else f"personne+{self.token}@{UNKNOWN_DOMAIN}"
            self.seen.support_result = self.driver.support_search(query)
            return
        person = self.who(name).persona
        query = {
            "subscriber number": person.subscriber_number,
            "part of the subscriber number": person.subscriber_number[:-1],
            "address": spellings.ADDRESS[typed or "as registered"](person.email),
        }[by]
        self.seen.support_result = self.driver.support_search(query)

    def open_support_lookup_anonymously(self: ResetSpec) -> None:
        self.driver.open_support_lookup()

    def confirm_support_sign_in_asked(self: ResetSpec) -> None:
        self.driver.expect_support_login_page()

    def confirm_support_shows(self: ResetSpec, name: str) -> None:
        person = self.who(name).persona
        wanted = [person.subscriber_number, person.email, person.question]
        missing = [w for w in wanted if w not in self.seen.support_result]
        assert not missing, (
            f"support does not show {missing}; it shows {self.seen.support_result!r}"
        )

    def confirm_support_hides_answer(self: ResetSpec, name: str) -> None:
        secrets = {"answer": self.who(name).persona.answer}
        self._confirm_no_secret(self.driver.page_html(), secrets, where="the support page")

    # -- the reference app itself (H06 log, H12) ----------------------------------------------
    def confirm_log_keeps_secrets(self: ResetSpec, name: str | None = None) -> None:
        assert self.own_app, "the application's log is only readable for the harness's own app"
        holder = self.who(name)
        secrets = {"answer": holder.persona.answer, "new password": holder.password}
        self._confirm_no_secret(self.own_app.log_text(), secrets, where="the application's log")

    def start_app_with_defaults(self: ResetSpec, mode: str | None = None) -> None:
        """Another app: its defaults, or the hooks turned off in this mode."""
        assert self.own_app, "only the harness's own reference app can be restarted"
        settings = {"TEST_HOOKS": "0", "ENV": mode} if mode else {}
        self.seen.hooks_reachable = self.own_app.hooks_reachable_with_defaults(**settings)

    def probe_test_headers_with_defaults(self: ResetSpec) -> None:
        assert self.own_app, "only the harness's own reference app can be restarted"
        self.seen.obeys_test_headers = self.own_app.obeys_test_headers_with_defaults()

    def confirm_test_headers_ignored(self: ResetSpec) -> None:
        assert self.seen.obeys_test_headers is not None, "no app was probed in this scenario"
        clock, client = self.seen.obeys_test_headers
        assert not clock, "an app with its defaults takes the time a request says it is"
        assert not client, "an app with its defaults lets a request say which client it is"

    def confirm_hooks_unreachable(self: ResetSpec) -> None:
        assert not self.seen.hooks_reachable, "the test-control hooks answer with default settings"

    def start_app_in_production_with_hooks(self: ResetSpec) -> None:
        assert self.own_app, "only the harness's own reference app can be restarted"
        self.seen.start_outcome = self.own_app.start_in_production_with_hooks()

    def confirm_refused_start(self: ResetSpec, variable: str) -> None:
        code, output = self.seen.start_outcome
        lines = [line for line in output.strip().splitlines() if line.strip()]
        assert code != 0, "the app started in production with the hooks on"
        assert len(lines) == 1 and variable in lines[0], f"start-up said {output!r}"

    def confirm_not_framable(self: ResetSpec) -> None:
        """Either header that tells browsers not to show the page in another site's frame."""
        frame_options = self.driver.page_header("X-Frame-Options").strip().upper()
        policy = self.driver.page_header("Content-Security-Policy")
        ancestors = [
            d.split()[1:] for d in policy.split(";") if d.split()[:1] == ["frame-ancestors"]
        ]
        allowed = ancestors[0] if ancestors else None
        assert frame_options in ("DENY", "SAMEORIGIN") or allowed in (["'none'"], ["'self'"]), (
            f"X-Frame-Options {frame_options!r}, Content-Security-Policy {policy!r}:"
            " another site may show the page in a frame"
        )
