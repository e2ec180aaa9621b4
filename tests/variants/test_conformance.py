"""The conformance report: one line per contract item, against the variants and nothing."""

from __future__ import annotations

import pytest
from variant_apps import SURFACES

from resetspec.drivers import surface
from resetspec.proof import conformance


@pytest.mark.parametrize("variant", ["prefix", "one-url", "remapped"])
def test_a_faithful_variant_meets_the_contract(serve, variant):
    server = serve(variant)
    words = surface.load(SURFACES.get(variant, surface.DEFAULT))
    report = conformance.run(server.base_url, words)
    assert report.met, report.render()
    verdicts = {line.item: line.verdict for line in report.lines}
    assert verdicts["mail"] == conformance.NOT_APPLICABLE  # no sink port given here
    shared = verdicts["each step at its own address"]
    assert shared == (conformance.NOT_APPLICABLE if variant == "one-url" else conformance.MET)


def test_a_target_deaf_to_the_client_header_is_not_met(serve):
    """One X-Spec-Client's 21 posts of step 1 must not spend another's budget."""
    report = conformance.run(serve("deaf-to-client").base_url, surface.reference())
    line = next(line for line in report.lines if line.item == "X-Spec-Client")
    assert line.verdict == conformance.NOT_MET, report.render()
    assert "X-Spec-Client was turned away at its post" in line.why, line.why


def test_the_wrong_surface_is_not_met_and_says_where(serve):
    """The remapped variant read with the reference app's words: its paths answer 404."""
    report = conformance.run(serve("remapped").base_url, surface.reference())
    paths = next(line for line in report.lines if line.item == "paths")
    assert paths.verdict == conformance.NOT_MET and "login.path" in paths.why


def test_a_target_without_hooks_cannot_be_checked_at_all(capsys):
    assert conformance.main(["--target", "http://127.0.0.1:9"]) == 2
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and "nothing answers at http://127.0.0.1:9" in out[1]
