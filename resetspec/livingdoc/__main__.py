"""``python -m resetspec.livingdoc doc|merge …`` until ``resetspec`` itself offers them."""

from __future__ import annotations

from resetspec.livingdoc.cli import main

raise SystemExit(main())
