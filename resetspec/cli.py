"""The `resetspec` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("resetspec: not yet", file=sys.stderr)
    return 0
