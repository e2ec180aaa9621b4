"""The password check the browser driver makes from a device of its own, over plain HTTP."""

from __future__ import annotations

from resetspec.drivers.http.driver import HttpDriver
from resetspec.drivers.surface import Surface


def log_in_elsewhere(
    base_url: str, email: str, password: str, headers: dict[str, str], surface: Surface
) -> bool:
    """From a device of its own (a new cookie jar, through the login form): does the password
    open the space? A second browser context cost a renderer process and two page loads for a
    yes or a no."""
    other = HttpDriver(base_url, headers, surface)
    try:
        other.log_in(email, password)
        return other.in_space()
    finally:
        other.close()
