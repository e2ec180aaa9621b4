"""The domain layer's verbs about the confirmation mail: received, what it says and keeps
secret, and a mail-server outage (G11, H06, H09). Mixed into ``resetspec.domain.dsl.ResetSpec``."""

from __future__ import annotations

import time
from datetime import datetime
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from resetspec.mail import mail_reading
from resetspec.mail.mailsink import Mail, MailNotReceived
from resetspec.run.app_server import MAIL_POLL_SECONDS

if TYPE_CHECKING:
    from resetspec.domain.dsl import ResetSpec

MAIL_SECONDS = 30.0  # covers the app's retry after a refused delivery (H09)
# A duplicate mail would come an outbox poll after the first: watch three of them. The
# harness's own app polls every MAIL_POLL_SECONDS; another target is given four seconds.
DUPLICATE_POLLS = 3
PARIS = ZoneInfo("Europe/Paris")
TARGET_DUPLICATE_WINDOW_SECONDS = 4.0


class MailVerbs:
    """Uses the scenario's mail store, its personas and whether the app is the harness's own."""

    def confirmation_mail(self: ResetSpec, name: str | None = None, count: int = 1) -> Mail:
        email = self.who(name).persona.email
        try:
            mail = self.mail.wait_for(email, time.monotonic() + MAIL_SECONDS, count)[-1]
        except MailNotReceived as missing:
            if self.own_app is None:  # another deployment mails wherever it was told to
                hint = "; does the target send its mail to this run's sink (--mail-port)?"
                raise MailNotReceived(f"{missing}{hint}") from None
            raise
        self.seen.mail = self.seen.mail or mail.raw  # kept beside the guide's mail in the doc
        return mail

    def confirm_mail_received(self: ResetSpec, name: str) -> None:
        """The mail's recipient is the login address as registered, and only it."""
        mail = self.confirmation_mail(name)
        email = self.who(name).persona.email
        addressed = [address for _, address in getaddresses([mail.to_header])]
        assert addressed == [email], f"the mail is addressed to {mail.to_header!r}"

    def confirm_mail_sender(self: ResetSpec, sender: str, name: str | None = None) -> None:
        mail = self.confirmation_mail(name)
        _, address = parseaddr(mail.from_header)
        assert address == sender, f"the mail comes from {mail.from_header!r}"

    def confirm_mail_text_exactly(self: ResetSpec, text: str, name: str | None = None) -> None:
        """The whole text, character for character (line breaks and runs of spaces aside)."""
        body = self.confirmation_mail(name).text
        shown, wanted = mail_reading.flat(body), mail_reading.flat(text)
        assert shown == wanted, f"the mail reads {shown!r}; the guide's text is {wanted!r}"

    def confirm_mail_dated(self: ResetSpec, moment: datetime, name: str | None = None) -> None:
        """The mail's Date is the instant of the reset, as Paris saw it (to the minute)."""
        mail = self.confirmation_mail(name)
        dated = parsedate_to_datetime(mail.date_header)
        wanted = moment.replace(tzinfo=PARIS)
        assert dated.tzinfo is not None, f"the mail's date {mail.date_header!r} has no zone"
        gap = abs((dated - wanted).total_seconds())
        shown = dated.astimezone(PARIS).strftime("%Y-%m-%d %H:%M")
        assert gap < 60, f"the mail is dated {mail.date_header!r} ({shown} in Paris)"
        assert dated.utcoffset() == wanted.utcoffset(), (
            f"the mail's date {mail.date_header!r} is not written in Paris time"
        )

    def confirm_no_mail(self: ResetSpec, name: str) -> None:
        """No mail within the time a mail would take to come (the outbox's few polls)."""
        found = self._mails_arriving(name, 1)
        assert not found, f"{len(found)} confirmation mail received; none expected"

    def confirm_mail_subject(self: ResetSpec, subject: str, name: str | None = None) -> None:
        mail = self.confirmation_mail(name)
        assert mail.subject == subject, f"the subject is {mail.subject!r}"

    def confirm_mail_texts(self: ResetSpec, sentences: list[str], name: str | None = None) -> None:
        mail = self.confirmation_mail(name)
        missing = mail_reading.missing_sentences(mail.text, sentences)
        assert not missing, f"the mail lacks {missing}; it reads: {mail_reading.flat(mail.text)}"

    def confirm_mail_keeps_secrets(self: ResetSpec, name: str | None = None) -> None:
        holder = self.who(name)
        secrets = {"answer": holder.persona.answer, "new password": holder.password}
        self._confirm_no_secret(self.confirmation_mail(name).raw, secrets, where="the mail")

    def confirm_mail_has_no_link(self: ResetSpec, name: str | None = None) -> None:
        found = mail_reading.links(self.confirmation_mail(name).raw)
        assert not found, f"the mail holds links: {found}"

    def refuse_mail_for(self: ResetSpec, name: str) -> None:
        self.mail.refuse(self.who(name).persona.email)

    def wait_for_refusals(self: ResetSpec, name: str, times: int) -> None:
        email = self.who(name).persona.email
        self.mail.wait_for_refusal(email, time.monotonic() + MAIL_SECONDS, times)

    def accept_mail_for(self: ResetSpec, name: str) -> None:
        email = self.who(name).persona.email
        self.mail.wait_for_refusal(email, time.monotonic() + MAIL_SECONDS)
        self.mail.accept(email)

    def confirm_exactly_one_mail(self: ResetSpec, name: str) -> None:
        self.confirmation_mail(name)
        found = self._mails_arriving(name, 2)
        assert not found, f"{len(found)} confirmation mails received; exactly one expected"

    def _mails_arriving(self: ResetSpec, name: str, count: int) -> list[Mail]:
        """The persona's first ``count`` mails if they come within a few outbox polls (the
        harness's own app polls every MAIL_POLL_SECONDS; another target is given four seconds);
        none when fewer come."""
        email = self.who(name).persona.email
        window = TARGET_DUPLICATE_WINDOW_SECONDS
        if self.own_app is not None:
            window = DUPLICATE_POLLS * MAIL_POLL_SECONDS
        try:
            return self.mail.wait_for(email, time.monotonic() + window, count)
        except MailNotReceived:
            return []
