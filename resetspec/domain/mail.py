"""The confirmation mail: received, what it says and keeps secret, and a mail-server outage
(G10, G11, H06, H09). Mail is read through ``MailBox``, wherever the run's sink is."""

from __future__ import annotations

import time
from datetime import datetime
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from zoneinfo import ZoneInfo

from resetspec.domain.base import Verbs, confirm_no_secret
from resetspec.mail import mail_reading
from resetspec.mail.mailsink import MAIL_POLL_SECONDS, MAIL_SECONDS, Mail, MailNotReceived

# A duplicate mail would come an outbox poll after the first: watch three of them. The
# harness's own app polls every MAIL_POLL_SECONDS; another target is given four seconds.
DUPLICATE_POLLS = 3
PARIS = ZoneInfo("Europe/Paris")
TARGET_DUPLICATE_WINDOW_SECONDS = 4.0


class MailVerbs(Verbs):
    roles = ()  # it asks nothing of the driver

    def _address(self, name: str | None) -> str:
        return self.who(name).persona.email

    def confirmation_mail(self, name: str | None = None, count: int = 1) -> Mail:
        try:
            found = self.state.mail.wait_for(
                self._address(name), time.monotonic() + MAIL_SECONDS, count
            )
        except MailNotReceived as missing:
            if self.state.own_app is None:  # another deployment mails wherever it was told to
                hint = "; does the target send its mail to this run's sink (--mail-port)?"
                raise MailNotReceived(f"{missing}{hint}") from None
            raise
        mail = found[-1]
        self.state.seen.mail = self.state.seen.mail or mail.raw  # beside the guide's, in the doc
        return mail

    def confirm_mail_received(self, name: str) -> None:
        """The mail's recipient is the login address as registered, and only it."""
        mail = self.confirmation_mail(name)
        addressed = [address for _, address in getaddresses([mail.to_header])]
        assert addressed == [self._address(name)], f"the mail is addressed to {mail.to_header!r}"

    def confirm_mail_sender(self, sender: str, name: str | None = None) -> None:
        mail = self.confirmation_mail(name)
        _, address = parseaddr(mail.from_header)
        assert address == sender, f"the mail comes from {mail.from_header!r}"

    def confirm_mail_text_exactly(self, text: str, name: str | None = None) -> None:
        """The whole text, character for character (line breaks and runs of spaces aside)."""
        body = self.confirmation_mail(name).text
        shown, wanted = mail_reading.flat(body), mail_reading.flat(text)
        assert shown == wanted, f"the mail reads {shown!r}; the guide's text is {wanted!r}"

    def confirm_mail_dated(self, moment: datetime, name: str | None = None) -> None:
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

    def confirm_mail_subject(self, subject: str, name: str | None = None) -> None:
        mail = self.confirmation_mail(name)
        assert mail.subject == subject, f"the subject is {mail.subject!r}"

    def confirm_mail_texts(self, sentences: list[str], name: str | None = None) -> None:
        mail = self.confirmation_mail(name)
        missing = mail_reading.missing_sentences(mail.text, sentences)
        assert not missing, f"the mail lacks {missing}; it reads: {mail_reading.flat(mail.text)}"

    def confirm_mail_keeps_secrets(self, name: str | None = None) -> None:
        holder = self.who(name)
        secrets = {"answer": holder.persona.answer, "new password": holder.password}
        confirm_no_secret(self.confirmation_mail(name).raw, secrets, where="the mail")

    def confirm_mail_has_no_link(self, name: str | None = None) -> None:
        found = mail_reading.links(self.confirmation_mail(name).raw)
        assert not found, f"the mail holds links: {found}"

    # -- how many come -----------------------------------------------------------------------
    def confirm_no_mail(self, name: str) -> None:
        """No mail within the time a mail would take to come (the outbox's few polls)."""
        found = self._mails_arriving(name, 1)
        assert not found, f"{len(found)} confirmation mail received; none expected"

    def confirm_exactly_one_mail(self, name: str) -> None:
        self.confirmation_mail(name)
        found = self._mails_arriving(name, 2)
        assert not found, f"{len(found)} confirmation mails received; exactly one expected"

    def _mails_arriving(self, name: str, count: int) -> list[Mail]:
        """The persona's first ``count`` mails if they come within a few outbox polls; none
        when fewer come."""
        window = TARGET_DUPLICATE_WINDOW_SECONDS
        if self.state.own_app is not None:
            window = DUPLICATE_POLLS * MAIL_POLL_SECONDS
        try:
            return self.state.mail.wait_for(self._address(name), time.monotonic() + window, count)
        except MailNotReceived:
            return []

    # -- an outage (H09) ---------------------------------------------------------------------
    def refuse_mail_for(self, name: str) -> None:
        self.state.mail.refuse(self._address(name))

    def wait_for_refusals(self, name: str, times: int) -> None:
        self.state.mail.wait_for_refusal(
            self._address(name), time.monotonic() + MAIL_SECONDS, times
        )

    def accept_mail_for(self, name: str) -> None:
        email = self._address(name)
        self.state.mail.wait_for_refusal(email, time.monotonic() + MAIL_SECONDS)
        self.state.mail.accept(email)
