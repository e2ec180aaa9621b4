"""Hypothesis strategies for hostile form values: long, control, foreign, NUL, near-valid."""

from __future__ import annotations

from hypothesis import strategies as st

# Surrogates cannot travel in a UTF-8 form body; everything else may.
ANY_CHAR = st.characters(exclude_categories=("Cs",))
CONTROL = st.characters(max_codepoint=0x1F) | st.sampled_from("\x7f\u200b\u202e\ufeff\u2028")
SCRIPTS = st.sampled_from("éàçœÆßЖжΩλعربي中文字😀🔥ﬁＡ１")


def long_text() -> st.SearchStrategy[str]:
    """Thousands of one repeated character: cheap to draw, heavy to handle."""
    return st.builds(lambda ch, n: ch * n, ANY_CHAR, st.integers(255, 5_000))


def text() -> st.SearchStrategy[str]:
    """Any hostile string a user or a bot might type."""
    return st.one_of(
        st.text(ANY_CHAR, max_size=40),
        st.text(CONTROL | SCRIPTS | st.sampled_from("@. \t\n%<>'\"&;\\/"), max_size=30),
        long_text(),
        st.sampled_from(["", " ", "\x00", "null", "<script>alert(1)</script>", "' OR 1=1 --"]),
    )


def email() -> st.SearchStrategy[str]:
    """Addresses: hostile, malformed, and some that pass the pattern."""
    local = st.text(
        ANY_CHAR.filter(lambda c: c not in "@" and not c.isspace()), min_size=1, max_size=12
    )
    domain = st.from_regex(r"[a-z0-9]{1,8}\.[a-z]{2,4}", fullmatch=True)
    shaped = st.builds(lambda a, b: f"{a}@{b}", local, domain)
    return st.one_of(text(), shaped, st.just("lila.rosemonde@orange.fr"))


def password() -> st.SearchStrategy[str]:
    """Passwords: hostile ones and near-valid ones around the 20-character line."""
    near = st.from_regex(r"[A-Za-z0-9!,.;:_-]{17,24}", fullmatch=True)
    return st.one_of(text(), near, near.map(lambda p: p + "é"), near.map(lambda p: p[:9] + " " + p))


# A field is sent once, twice (repeated with another value), or not at all.
def field_values(values: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(values, min_size=0, max_size=2)


def token_variant() -> st.SearchStrategy[str]:
    """How the anti-forgery token is sent: right, missing, wrong, or right after a wrong one."""
    return st.sampled_from(["right", "right", "right", "missing", "wrong", "garbage", "second"])
