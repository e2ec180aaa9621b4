"""The app's argon2id work, counted: which operations, on hashes of which parameters.

Counted rather than timed, so that a busy machine cannot sway a test about the work done.
"""

from __future__ import annotations

from argon2 import extract_parameters


class CountingHasher:
    """Stands in for the app's hasher and notes each operation with its hash's parameters."""

    def __init__(self, hasher) -> None:
        self._hasher = hasher
        self.operations: list[tuple[str, int, int, int]] = []  # (kind, time, memory, lanes)

    def _note(self, kind: str, encoded: str) -> None:
        parameters = extract_parameters(encoded)
        self.operations.append(
            (kind, parameters.time_cost, parameters.memory_cost, parameters.parallelism)
        )

    def hash(self, secret: str) -> str:
        encoded = self._hasher.hash(secret)
        self._note("hash", encoded)
        return encoded

    def verify(self, stored: str, secret: str) -> bool:
        self._note("verify", stored)
        return self._hasher.verify(stored, secret)

    def __getattr__(self, name: str):
        return getattr(self._hasher, name)


def count_work(app) -> CountingHasher:
    """Put a counting hasher in the app's place and return it."""
    work = CountingHasher(app.extensions["hasher"])
    app.extensions["hasher"] = work
    return work
