"""What a reader checks in a mail: its sentences, its links, its secrets."""

from __future__ import annotations

import re

LINK = re.compile(r"https?://|www\.|<a\s|href=", re.IGNORECASE)


def flat(text: str) -> str:
    """Whitespace collapsed, so line wrapping in the mail does not matter."""
    return " ".join(text.split())


def missing_sentences(body: str, sentences: list[str]) -> list[str]:
    flattened = flat(body)
    return [s for s in sentences if flat(s) not in flattened]


def links(body: str) -> list[str]:
    return [m.group(0) for m in LINK.finditer(body)]


def secrets_found(body: str, secrets: dict[str, str]) -> list[str]:
    """The names of the secrets present in ``body`` (as whole words, any case)."""
    return [
        name
        for name, value in secrets.items()
        if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", body, re.IGNORECASE)
    ]
