"""The legacy Cucumber JSON: valid against the canonical schema, each rule folded in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from resetspec.reports.schema_check import check_cucumber_json


@pytest.fixture(scope="module")
def report(shapes: Path) -> list[dict[str, Any]]:
    return json.loads((shapes / "cucumber.json").read_text(encoding="utf-8"))


def element(report: list[dict[str, Any]], ending: str) -> dict[str, Any]:
    return next(e for e in report[0]["elements"] if e["name"].endswith(ending))


# test that the report validates against cucumber-json-schema's canonical schema
def test_validates(shapes: Path) -> None:
    assert check_cucumber_json(shapes / "cucumber.json") == []


# test that it is the bare list of features, an element per example, as the importers read it
def test_shape(report: list[dict[str, Any]]) -> None:
    assert isinstance(report, list) and len(report) == 1
    feature = report[0]
    assert (feature["uri"], feature["name"], feature["keyword"]) == (
        "features/shapes.feature",
        "Shapes",
        "Feature",
    )
    assert len(feature["elements"]) == 7
    assert len({e["id"] for e in feature["elements"]}) == 7  # outline rows told apart


# test that the rule is folded into the name and the tags, with their lines
def test_rule_folded_in(report: list[dict[str, Any]]) -> None:
    adding = element(report, "Adding one")
    assert adding["name"] == "G02 Counting is exact › Adding one"
    assert {"name": "@G02", "line": 8} in adding["tags"]
    assert {"name": "@chapter-3", "line": 1} in adding["tags"]
    assert element(report, "A note and a table")["name"] == "Words › A note and a table"
    row = element(report, "Adding 2")
    assert row["keyword"] == "Scenario Outline" and {"name": "@rows", "line": 24} in row["tags"]


# test that steps keep Cucumber's keyword, their match, table, doc string, and results
def test_steps(report: list[dict[str, Any]]) -> None:
    wrong = element(report, "A wrong total")["steps"]
    assert [s["keyword"] for s in wrong] == ["Given ", "When ", "Then "]
    assert wrong[0]["match"] == {
        "location": "steps/shape_steps.py:8",
        "arguments": [{"offset": 13, "value": "0"}],
    }
    assert wrong[2]["result"]["status"] == "failed"
    assert "expected 2, got 1" in wrong[2]["result"]["error_message"]
    note = element(report, "A note and a table")["steps"]
    assert note[1]["doc_string"] == {"value": "Bonjour", "line": 41, "content_type": "text/plain"}
    assert note[2]["rows"] == [{"cells": ["a", "b"]}, {"cells": ["1", "2"]}]
    assert note[3]["result"]["status"] == "undefined"


# test that a skip and a failed hook show on the hooks, as Cucumber's own JSON has them
def test_hooks(report: list[dict[str, Any]]) -> None:
    assert element(report, "Needs a clock")["before"][0]["result"]["status"] == "skipped"
    failed = element(report, "A hook that fails")
    assert failed["before"][0]["result"]["status"] == "failed"
    assert {s["result"]["status"] for s in failed["steps"]} == {"skipped"}
