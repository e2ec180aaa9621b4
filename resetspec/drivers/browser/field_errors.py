"""Field errors as the contract ties them: ``#<name>-error``, described-by, aria-invalid."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def expect_error(page: Page, field_name: str, message: str) -> None:
    error = page.locator(f"#{field_name}-error")
    expect(error).to_have_text(message)
    field = page.locator(f'[name="{field_name}"]')
    expect(field).to_have_attribute("aria-invalid", "true")
    described_by = field.get_attribute("aria-describedby") or ""
    assert f"{field_name}-error" in described_by.split(), (
        f"field {field_name} is not described by its error (aria-describedby={described_by!r})"
    )
