"""The catalogue of rules and the guide's chapters, which the document is organised by."""

from __future__ import annotations

# Every id of the catalogue: a rule missing from the features still gets its row in the matrix.
IDS = [f"G{n:02d}" for n in range(1, 19)] + [f"H{n:02d}" for n in range(1, 13)]

# The guide's own chapter titles (its table of contents), quoted as they are.
CHAPTERS = {
    "1": "1. Overview",
    "2": "2. Resetting forgotten password for the www.impots.gouv.fr website",
    "3": "3. Troubleshooting",
}
HARDENING = "hardening"  # rules beyond the guide: their title is the page's own words
OTHER = "other"
ORDER = [*CHAPTERS, HARDENING, OTHER]


def sort_key(rule_id: str) -> tuple[int, str]:
    """Catalogue ids in catalogue order, anything else after them."""
    return (IDS.index(rule_id), "") if rule_id in IDS else (len(IDS), rule_id)
