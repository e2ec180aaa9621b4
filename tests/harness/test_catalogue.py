"""Every catalogue id has a scenario, and every scenario carries a catalogue id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from behave.parser import parse_file

FEATURES = Path(__file__).resolve().parents[2] / "features"
CATALOGUE = [f"G{n:02d}" for n in range(1, 19)] + [f"H{n:02d}" for n in range(1, 13)]
ID = re.compile(r"^[GH]\d{2}$")


def scenarios():
    """(feature file, scenario name, catalogue ids in its effective tags), outlines expanded."""
    found = []
    for path in sorted(FEATURES.glob("*.feature")):
        feature = parse_file(str(path))
        for scenario in feature.walk_scenarios(with_outlines=False):
            ids = {str(t) for t in scenario.effective_tags if ID.match(str(t))}
            found.append((path.name, scenario.name, ids))
    return found


def test_the_features_parse():
    assert scenarios(), f"no scenario found under {FEATURES}"


@pytest.mark.parametrize("rule_id", CATALOGUE)
def test_each_catalogue_id_has_a_scenario(rule_id):
    assert any(rule_id in ids for _, _, ids in scenarios()), f"no scenario tagged @{rule_id}"


def test_each_scenario_carries_a_catalogue_id():
    untagged = [f"{file}: {name}" for file, name, ids in scenarios() if not ids]
    assert not untagged, "scenarios without a catalogue id: " + "; ".join(untagged)


def test_no_unknown_catalogue_id():
    unknown = {i for _, _, ids in scenarios() for i in ids} - set(CATALOGUE)
    assert not unknown, f"ids outside the catalogue: {sorted(unknown)}"
