"""Accounts, login and the professional space, on this device and on others (G01, G16, G18)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from fixtures.personas import persona
from resetspec.domain.base import Verbs, confirm_no_secret
from resetspec.domain.state import UNKNOWN_DOMAIN, VISITOR, Holder, ascii_key
from resetspec.drivers.protocol import Driver, Reading, Space
from resetspec.spec import spellings


def subscriber_number() -> str:
    """Fourteen digits like the guide's 20232990000101, unique: the app requires it."""
    return "2023" + str(uuid.uuid4().int)[:10]


class Access(Verbs):
    roles = (Reading, Space)  # what it asks of the driver

    # -- accounts ----------------------------------------------------------------------------
    def create_account(
        self, name: str = "Lila", password_set_at: str | None = None, question: str | None = None
    ) -> Holder:
        """The persona with an address and a subscriber number of this scenario's own."""
        base = persona(name)
        own = replace(base.aliased(self.state.token), subscriber_number=subscriber_number())
        own = replace(own, question=question or own.question)
        self.state.control.create_account(
            email=own.email,
            password=own.password,
            question=own.question,
            answer=own.answer,
            subscriber_number=own.subscriber_number,
            companies=[{"siren": c.siren, "name": c.name} for c in own.companies],
            password_set_at=password_set_at,
        )
        holder = Holder(persona=own, password=own.password)
        self.state.people[base.first_name.casefold()] = holder
        return holder

    # -- login -------------------------------------------------------------------------------
    def open_login_page(self) -> None:
        self.driver.open_login()

    def follow_from_login(self, link: str) -> None:
        self.driver.open_login()
        self.driver.follow_link(link)

    def log_in(self, name: str, password: str | None = None, former: bool = False) -> None:
        self.act_as(name)
        holder = self.who(name)
        if former:
            assert holder.former_password, f"{name} has no former password in this scenario"
            chosen = holder.former_password
        else:  # an empty password is typed as such, not replaced by hers
            chosen = holder.password if password is None else password
        self.driver.log_in(holder.persona.email, chosen)

    def log_in_typed(self, name: str, typed: str) -> None:
        self.act_as(name)
        holder = self.who(name)
        self.driver.log_in(spellings.ADDRESS[typed](holder.persona.email), holder.password)

    def log_in_with_wrong_password(self, name: str, differing: str) -> None:
        self.act_as(name)
        holder = self.who(name)
        self.driver.log_in(
            holder.persona.email, spellings.WRONG_PASSWORD[differing](holder.password)
        )

    def log_in_unknown(self) -> None:
        self.act_as(VISITOR)
        email = f"personne+{self.state.token}@{UNKNOWN_DOMAIN}"
        self.driver.log_in(email, self.state.factory.valid_password(24))

    def confirm_refused(self, message: str) -> None:
        self.driver.expect_message(message)
        assert not self.driver.in_space(), "refused, yet the space is shown"

    def confirm_login_page(self, heading: str) -> None:
        self.driver.expect_login_page(heading)

    def confirm_links(self, names: list[str]) -> None:
        self.driver.expect_links(names)

    def confirm_login_password_masked(self) -> None:
        kind = self.driver.login_password_type()
        assert kind == "password", f"the login password field is of type {kind!r}"

    # -- other devices -----------------------------------------------------------------------
    def log_in_on_another_device(self, name: str) -> None:
        holder = self.who(name)
        self.act_as(name)
        device = self.state.another_device()
        device.log_in(holder.persona.email, holder.password)
        device.expect_in_space()
        self.state.devices.setdefault(ascii_key(name), []).append(device)

    def _devices_of(self, name: str) -> list[Driver]:
        devices = self.state.devices.get(ascii_key(name), [])
        assert devices, f"{name} is logged in on no other device in this scenario"
        return devices

    def confirm_other_devices_logged_out(self, name: str) -> None:
        still = [d for d in self._devices_of(name) if d.still_in_space()]
        assert not still, f"{len(still)} of {name}'s other devices are still in the space"

    def confirm_other_device_still_in(self, name: str) -> None:
        assert all(d.still_in_space() for d in self._devices_of(name)), (
            f"{name}'s other device was logged out"
        )

    # -- the space ---------------------------------------------------------------------------
    def confirm_in_space(self) -> None:
        self.driver.expect_in_space()

    def confirm_not_logged_in(self) -> None:
        assert not self.driver.still_in_space(), "the reset logged the user in"

    def confirm_still_logged_in(self) -> None:
        assert self.driver.still_in_space(), "the session was ended"

    def open_logout_address(self) -> None:
        self.driver.open_logout_address()

    def confirm_companies(self, rows: list[tuple[str, str]]) -> None:
        shown = self.driver.companies()
        assert sorted(shown) == sorted(rows), f"companies shown {shown}, expected {rows}"

    def open_details(self) -> None:
        self.driver.open_details()

    def open_details_anonymously(self) -> None:
        self.act_as(VISITOR)
        self.driver.open_details_page()

    def confirm_details(self, name: str, question: str) -> None:
        person = self.who(name).persona
        shown = self.driver.details()
        expected = [person.subscriber_number, person.email, question]
        assert list(shown.values()) == expected, f"details shown {shown}, expected {expected}"

    def confirm_answer_not_shown(self, name: str | None = None) -> None:
        confirm_no_secret(self.driver.page_html(), {"answer": self.who(name).persona.answer})
