"""Static files: versioned by their content, cached by the browser; pages are still not."""

from __future__ import annotations

import re
from pathlib import Path

from reference_app import static_files

STATIC = re.compile(r'/static/(style\.css|app\.js)\?v=([0-9a-f]{12})"')


# test that each page names its CSS and script by a version, and that they may be cached
def test_static_urls_carry_their_version_and_are_cached(client):
    page = client.get("/mot-de-passe-oublie/adresse")
    assert page.headers["Cache-Control"] == "no-store"
    found = dict(STATIC.findall(page.get_data(as_text=True)))
    assert set(found) == {"style.css", "app.js"}
    for name, version in found.items():
        response = client.get(f"/static/{name}?v={version}")
        assert response.status_code == 200
        assert response.headers["Cache-Control"] == "public, max-age=86400"


# test that a changed file gets another version, so a cached copy is never served stale
def test_a_changed_file_gets_another_version(tmp_path: Path):
    (tmp_path / "style.css").write_text("body { color: black; }")
    before = static_files.digests(tmp_path)["style.css"]
    (tmp_path / "style.css").write_text("body { color: navy; }")
    assert static_files.digests(tmp_path)["style.css"] != before
