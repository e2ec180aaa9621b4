"""The guide's password rules: 20+ characters, letters and digits, no space, no accent."""

from __future__ import annotations

import string

from . import faults, messages

MIN_LENGTH = 20
_ASCII_PRINTABLE = set(string.printable) - set(string.whitespace) | {" "}


def violations(password: str, confirmation: str, *, same_as_last: bool = False) -> list[str]:
    """Return the French message of every rule the new password breaks, in display order."""
    if not password:
        return [messages.PASSWORD_MISSING]
    found: list[str] = []
    minimum = MIN_LENGTH - 1 if faults.active("accept_19_chars") else MIN_LENGTH  # FAULT G07
    if len(password) < minimum:
        found.append(messages.PASSWORD_TOO_SHORT)
    mixed = has_letter(password) and (has_digit(password) or faults.active("accept_letters_only"))
    if not mixed:  # FAULT G06 above: letters alone pass
        found.append(messages.PASSWORD_NOT_MIXED)
    if any(ch.isspace() for ch in password) and not faults.active("accept_space"):  # FAULT G06
        found.append(messages.PASSWORD_SPACE)
    if faults.active("accept_accent"):  # FAULT G06
        pass
    elif any(ch not in _ASCII_PRINTABLE for ch in password if not ch.isspace()):
        found.append(messages.PASSWORD_DIACRITIC)
    if same_as_last:
        found.append(messages.PASSWORD_REUSED)
    if password != confirmation:
        found.append(messages.CONFIRMATION_MISMATCH)
    return found


def has_letter(password: str) -> bool:
    """Tell whether the password holds an ASCII letter."""
    return any(ch in string.ascii_letters for ch in password)


def has_digit(password: str) -> bool:
    """Tell whether the password holds an ASCII digit."""
    return any(ch in string.digits for ch in password)
