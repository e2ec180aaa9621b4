"""The scenario's clock: the ``X-Spec-Now`` a scenario puts on each of its requests.

Features say "it is Monday 30 November 2026 at 10:00 in Paris"; ``moment`` reads that and
checks the weekday, so a calendar slip in a feature fails loudly instead of testing nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

HEADER = "X-Spec-Now"
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOMENT = re.compile(
    r"^(?:(?P<weekday>[A-Z][a-z]+) )?(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+) (?P<year>\d{4})"
    r"(?: at (?P<hour>\d{1,2}):(?P<minute>\d{2}))?$"
)


class BadMoment(ValueError):
    """The feature's date cannot be read, or its weekday is wrong."""


def moment(text: str) -> datetime:
    """``Thursday 5 June 2025 at 10:00`` as a naive datetime (naive = Europe/Paris)."""
    found = MOMENT.match(text.strip())
    if not found or found["month"] not in MONTHS:
        raise BadMoment(f"{text!r} is not like 'Monday 30 November 2026 at 10:00'")
    when = datetime(
        int(found["year"]),
        MONTHS.index(found["month"]) + 1,
        int(found["day"]),
        int(found["hour"] or 12),
        int(found["minute"] or 0),
    )
    if found["weekday"] and WEEKDAYS[when.weekday()] != found["weekday"]:
        raise BadMoment(f"{text!r}: that day is a {WEEKDAYS[when.weekday()]}")
    return when


@dataclass
class SpecClock:
    """Unset means real time: no header at all."""

    now: datetime | None = None

    def set(self, when: datetime) -> None:
        self.now = when

    def advance(self, delta: timedelta) -> None:
        if self.now is None:
            raise BadMoment("set the time ('Given it is … in Paris') before letting time pass")
        self.now += delta

    def headers(self) -> dict[str, str]:
        return {HEADER: self.now.isoformat(timespec="seconds")} if self.now else {}
