"""What only the harness's own reference app can be asked: its log, and starting it again
with other settings (H06's log, H12)."""

from __future__ import annotations

from resetspec.domain.base import Verbs, confirm_no_secret
from resetspec.domain.state import OwnApp

RESTARTED_ONLY = "only the harness's own reference app can be restarted"
LOG_ONLY = "the application's log is only readable for the harness's own app"


class OwnAppVerbs(Verbs):
    roles = ()  # it asks nothing of the driver

    def _app(self, why: str) -> OwnApp:
        assert self.state.own_app, why
        return self.state.own_app

    def confirm_log_keeps_secrets(self, name: str | None = None) -> None:
        holder = self.who(name)
        secrets = {"answer": holder.persona.answer, "new password": holder.password}
        log = self._app(LOG_ONLY).log_text()
        confirm_no_secret(log, secrets, where="the application's log")

    def confirm_log_hides(self, secret: str, what: str = "password") -> None:
        log = self._app(LOG_ONLY).log_text()
        confirm_no_secret(log, {what: secret}, where="the application's log")

    def start_app_with_defaults(self, mode: str | None = None) -> None:
        """Another app: its defaults, or the hooks turned off in this mode."""
        settings = {"TEST_HOOKS": "0", "ENV": mode} if mode else {}
        reachable = self._app(RESTARTED_ONLY).hooks_reachable_with_defaults(**settings)
        self.state.seen.hooks_reachable = reachable

    def confirm_hooks_unreachable(self) -> None:
        reachable = self.state.seen.hooks_reachable
        assert not reachable, "the test-control hooks answer with default settings"

    def probe_test_headers_with_defaults(self) -> None:
        obeys = self._app(RESTARTED_ONLY).obeys_test_headers_with_defaults()
        self.state.seen.obeys_test_headers = obeys

    def confirm_test_headers_ignored(self) -> None:
        obeys = self.state.seen.obeys_test_headers
        assert obeys is not None, "no app was probed in this scenario"
        clock, client = obeys
        assert not clock, "an app with its defaults takes the time a request says it is"
        assert not client, "an app with its defaults lets a request say which client it is"

    def start_app_in_production_with_hooks(self) -> None:
        outcome = self._app(RESTARTED_ONLY).start_in_production_with_hooks()
        self.state.seen.start_outcome = outcome

    def confirm_refused_start(self, variable: str) -> None:
        code, output = self.state.seen.start_outcome
        lines = [line for line in output.strip().splitlines() if line.strip()]
        assert code != 0, "the app started in production with the hooks on"
        assert len(lines) == 1 and variable in lines[0], f"start-up said {output!r}"
