"""The ways a person may type a value, as the features name them: "in capitals", "with spaces
around", "with its accents decomposed"…

Where the difference cannot be seen on the page of a feature (a non-breaking space, an accent
typed as a letter and a combining mark), the feature names the way and this module makes the
value; each way is one pure function of the value as registered.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

FULL_WIDTH_OFFSET = 0xFEE0  # "A" (U+0041) + this = "Ａ" (U+FF21), the full-width form


def decomposed(text: str) -> str:
    """Each accented letter as its letter and a combining mark (Unicode NFD)."""
    return unicodedata.normalize("NFD", text)


def without_accents(text: str) -> str:
    return "".join(c for c in decomposed(text) if not unicodedata.combining(c))


def capital_initial(text: str) -> str:
    return text[:1].upper() + text[1:]


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + FULL_WIDTH_OFFSET) if "!" <= c <= "~" else c for c in text)


def other_case(text: str) -> str:
    return text.swapcase()


# An address as typed at the login page or at step 1.
ADDRESS: dict[str, Callable[[str], str]] = {
    "as registered": lambda a: a,
    "in capitals": str.upper,
    "with spaces around": lambda a: f"  {a}  ",
    "with a capital initial": capital_initial,
}

# The characters of a CAPTCHA image, as typed.
CAPTCHA: dict[str, Callable[[str], str]] = {
    "in lower case": str.lower,
    "with spaces around": lambda c: f" {c} ",
    "with a space between each": " ".join,
    "without the last one": lambda c: c[:-1],
    "with one more": lambda c: c + c[-1],
    "in full-width letters": full_width,
}

# The answer to the security question, as typed.
ANSWER: dict[str, Callable[[str], str]] = {
    "as registered": lambda a: a,
    "in capitals": str.upper,
    "in lower case": str.lower,
    "with spaces around": lambda a: f"  {a} ",
    "with its accents decomposed": decomposed,
    "without its accents": without_accents,
    "without its last letter": lambda a: a[:-1],
    "with one more letter": lambda a: a + a[-1].lower(),
}

# A password that differs from the right one in one way only (the login page).
WRONG_PASSWORD: dict[str, Callable[[str], str]] = {
    "in another letter case": other_case,
    "followed by a space": lambda p: p + " ",
    "without its last character": lambda p: p[:-1],
    "with one more character": lambda p: p + "7",
}

# A new password that breaks the guide's "no spaces or diacritics" invisibly (step 3).
NEW_PASSWORD: dict[str, Callable[[str], str]] = {
    "with a space before it": lambda p: " " + p,
    "with a space after it": lambda p: p + " ",
    "with a non-breaking space": lambda p: p[:9] + "\u00a0" + p[9:],
    "with a tab": lambda p: p[:9] + "\t" + p[9:],
    "with a decomposed accent": lambda p: p[:8] + "e\u0301" + p[9:],
}


def pattern(ways: dict[str, Callable[[str], str]]) -> str:
    """A regular expression matching exactly the names of these ways (for a step's type)."""
    return "|".join(sorted((w.replace(" ", r"\ ") for w in ways), key=len, reverse=True))
