"""Merging results by stable id: split then merged is the whole; a real conflict is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from resetspec.livingdoc import cli
from resetspec.livingdoc.merge import MergeConflict, merge, merge_files
from resetspec.livingdoc.results import Results, load, save


def split(whole: Results, parts: int) -> list[Results]:
    keys = sorted(whole.examples)
    return [
        Results(
            [str(i)], whole.started, whole.finished, {k: whole.examples[k] for k in keys[i::parts]}
        )
        for i in range(parts)
    ]


# test that results split over three workers, saved apart and merged, are the whole run
def test_split_then_merge_is_the_whole(tmp_path: Path, sample_results: Results) -> None:
    for index, part in enumerate(split(sample_results, 3)):
        save(part, tmp_path / f"shard-{index}" / "results" / f"results-{index}.json")
    merged = merge_files([tmp_path])
    assert merged.examples == sample_results.examples  # evidence paths still reach the files
    assert merged.workers == ["0", "1", "2"]
    out = tmp_path / "merged" / "results-merged.json"
    save(merged, out)
    assert load(out).examples == sample_results.examples


# test that the same example reported twice, differently, is refused in one line
def test_conflict_is_refused(sample_results: Results) -> None:
    key = next(k for k, v in sample_results.examples.items() if v["status"] == "passed")
    other = {key: {**sample_results.examples[key], "status": "failed"}}
    runs = [("a.json", sample_results), ("b.json", Results(["b"], "", "", other))]
    with pytest.raises(MergeConflict) as caught:
        merge(runs)
    message = str(caught.value)
    assert "\n" not in message
    assert key in message and "a.json" in message and "b.json" in message


@pytest.mark.parametrize(
    "not_run",
    [{"status": "untested"}, {"status": "skipped", "skip_reason": None}],
)
# test that a run that did not select an example yields to the run that did, either way round
def test_not_selected_yields(sample_results: Results, not_run: dict) -> None:
    key = next(k for k, v in sample_results.examples.items() if v["status"] == "failed")
    idle = Results(["idle"], "", "", {key: {**sample_results.examples[key], **not_run}})
    for runs in (
        [("run", sample_results), ("idle", idle)],
        [("idle", idle), ("run", sample_results)],
    ):
        assert merge(runs).examples[key]["status"] == "failed"


# test that `resetspec merge` writes the file, and says a conflict in one line with exit 1
def test_merge_command(tmp_path: Path, sample_results: Results, capsys) -> None:
    save(sample_results, tmp_path / "a" / "results-a.json")
    assert cli.main(["merge", str(tmp_path / "a"), "--out", str(tmp_path / "m.json")]) == 0
    assert load(tmp_path / "m.json").examples == sample_results.examples
    key = next(iter(sample_results.examples))
    changed = {key: {**sample_results.examples[key], "duration": 99.0}}
    save(Results(["b"], "", "", changed), tmp_path / "b" / "results-b.json")
    out = str(tmp_path / "never.json")
    assert cli.main(["merge", str(tmp_path / "a"), str(tmp_path / "b"), "--out", out]) == 1
    assert capsys.readouterr().err.count("\n") == 1


# test that a file that is not a results file is named and refused
def test_foreign_file_is_refused(tmp_path: Path, capsys) -> None:
    (tmp_path / "results-x.json").write_text('{"some": "json"}')
    assert cli.main(["merge", str(tmp_path), "--out", str(tmp_path / "m.json")]) == 1
    assert "not a results file" in capsys.readouterr().err
