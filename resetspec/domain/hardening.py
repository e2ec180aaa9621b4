"""What the guide is silent about: forged requests, caching, framing, secrets kept out of
pages, the request rate (H06–H08, H10)."""

from __future__ import annotations

from resetspec.domain.base import Verbs, confirm_no_secret
from resetspec.domain.state import WRONG_CHARACTERS
from resetspec.drivers.protocol import Forgery, Reading
from resetspec.mail import mail_reading

TOO_MANY_REQUESTS = 429
FORGED_PASSWORD = "Contrefacon2026Paris75"


class Hardening(Verbs):
    roles = (Reading, Forgery)  # what it asks of the driver

    # -- forged requests and caching (H07) ---------------------------------------------------
    def post_without_token(self, form: str, name: str | None = None, method: str = "POST") -> None:
        """A request that carries what the form would, without its token, by this method."""
        holder = self.who(name)
        fields = {
            "login": {"login address": holder.persona.email, "login password": holder.password},
            "address": {"address": holder.persona.email, "image": WRONG_CHARACTERS},
            "answer": {"answer": holder.persona.answer},
            "new password": dict.fromkeys(("new password", "confirmation"), FORGED_PASSWORD),
            "Changer l'image": {},
            "Etape précédente": {},
        }
        seen = self.state.seen
        seen.forged_status, seen.forged_text = self.driver.post_form(form, fields[form], method)

    def confirm_forged_refused(self, message: str | None = None) -> None:
        """Refused: the target did not fail and, the steps after say, changed nothing; a
        status of its own choosing (400, 403, or a page that acts on nothing) is its business."""
        status = self.state.seen.forged_status
        assert status < 500, f"forged request answered {status}"
        if message:
            said = mail_reading.flat(self.state.seen.forged_text)
            assert mail_reading.flat(message) in said, f"the refusal does not say {message!r}"

    def visit_form_address(self, form: str) -> None:
        self.driver.visit_quietly(form)

    def confirm_page_not_cached(self) -> None:
        said = self.driver.cache_control()
        assert "no-store" in said, f"the page was served with Cache-Control: {said!r}"

    def confirm_not_cached(self) -> None:
        offenders = self.driver.procedure_pages_cached()
        assert not offenders, f"pages without Cache-Control: no-store: {offenders}"

    def confirm_not_framable(self) -> None:
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

    # -- secrets kept out of what is shown back (H06) ----------------------------------------
    def confirm_procedure_kept_secrets(self, name: str | None = None) -> None:
        holder = self.who(name)
        secrets = {"answer": holder.persona.answer, "new password": holder.password}
        for url, html in self.driver.procedure_pages():
            confirm_no_secret(html, secrets, where=url)

    def confirm_page_hides(self, secrets: dict[str, str]) -> None:
        confirm_no_secret(self.driver.page_html(), secrets)

    def confirm_typed_passwords_hidden(self) -> None:
        typed = self.state.seen.typed_passwords
        assert typed, "no password was typed at step 3 in this scenario"
        self.confirm_page_hides(typed)

    # -- the request rate (H08) --------------------------------------------------------------
    def confirm_too_many_requests(self) -> None:
        status = self.driver.last_status()
        assert status == TOO_MANY_REQUESTS, f"the refusal came with status {status}, not 429"
