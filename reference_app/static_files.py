"""Static files cached by the browser, their URLs versioned by their content.

Each page names ``style.css`` and ``app.js`` as ``/static/style.css?v=<digest>``: the browser
keeps them for a day and asks again only when the file changes (its digest, so its URL, does).
Without it Flask serves them "no-cache", and every page of the procedure cost the browser two
more round trips to revalidate them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from flask import Flask

MAX_AGE_SECONDS = 24 * 3600


def digests(folder: Path) -> dict[str, str]:
    """The first 12 hex digits of each file's SHA-256, by its name under ``folder``."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def init_app(app: Flask) -> None:
    app.config["SEND_FILE_MAX_AGE_DEFAULT"] = MAX_AGE_SECONDS
    versions = digests(Path(app.static_folder or "static"))

    @app.url_defaults
    def versioned(endpoint: str, values: dict[str, Any]) -> None:
        if endpoint == "static" and values.get("filename") in versions:
            values.setdefault("v", versions[values["filename"]])
