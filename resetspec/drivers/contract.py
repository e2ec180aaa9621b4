"""What the contract fixes beside the words (docs/architecture.md): the ids and attributes
both drivers find things by, whatever a deployment calls its pages."""

from __future__ import annotations

CAPTCHA_IMAGE = "img[data-captcha-id]"  # the hooks look a challenge up by this id
LEVEL = "#security-level"
HOTLINE_STATUS = "#hotline-status"
LOCKOUT = "#lockout"
CURRENT_STEP = '[aria-current="step"]'


def error_id(field_name: str) -> str:
    """A field's error: ``#<name>-error``, the field described by it and ``aria-invalid``."""
    return f"{field_name}-error"
