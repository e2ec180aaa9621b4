"""The split of the examples: every one in exactly one share or shard, deterministic, balanced."""

from __future__ import annotations

from collections import Counter

import pytest

from resetspec import schedule


@pytest.fixture(scope="module")
def units() -> list[schedule.Unit]:
    return schedule.select(["features"])


def test_the_selection_is_every_example_once(units):
    # 115 examples written; each outline row is one example with a location of its own.
    assert len(units) == 115
    assert len({u.location for u in units}) == len({u.id for u in units}) == 115


def test_tags_select_like_behave(units):
    chosen = schedule.select(["features"], ["@G03"])
    assert chosen and all("G03" in u.tags for u in chosen)
    not_browser = schedule.select(["features"], ["not @browser-only"])
    assert len(not_browser) == len(units) - sum("browser-only" in u.tags for u in units)


@pytest.mark.parametrize("total", [1, 2, 3, 4, 7])
def test_every_example_is_in_exactly_one_shard(units, total):
    shards = [schedule.shard(units, index, total) for index in range(1, total + 1)]
    counted = Counter(u.id for shard in shards for u in shard)
    assert set(counted) == {u.id for u in units} and set(counted.values()) == {1}
    sizes = [len(s) for s in shards]
    assert max(sizes) - min(sizes) <= 1


def test_shards_depend_on_the_files_alone(units):
    shuffled = list(reversed(units))
    assert schedule.shard(units, 2, 3) == schedule.shard(shuffled, 2, 3)


@pytest.mark.parametrize("raw", ["0/2", "3/2", "1", "a/b", "1/0", ""])
def test_a_bad_shard_says_so(raw):
    with pytest.raises(ValueError, match="shard I/N"):
        schedule.parse_shard(raw)


@pytest.mark.parametrize("workers", [1, 2, 3, 5])
def test_every_example_is_in_exactly_one_share(units, workers):
    shares = schedule.share(units, workers, {})
    counted = Counter(u.id for share in shares for u in share)
    assert set(counted) == {u.id for u in units} and set(counted.values()) == {1}
    assert len(shares) == workers


def test_shares_are_balanced_by_the_last_durations(units):
    # One slow example and many quick ones: the slow one gets a worker nearly to itself.
    durations = {u.id: 0.1 for u in units} | {units[0].id: 10.0}
    shares = schedule.share(units, 2, durations)
    loads = [sum(durations[u.id] for u in share) for share in shares]
    assert max(loads) - min(loads) <= max(durations.values())
    slow = next(share for share in shares if units[0] in share)
    assert len(slow) < len(units) / 4


def test_the_balance_is_within_one_example_of_even(units):
    durations = {u.id: 0.5 + (i % 7) for i, u in enumerate(units)}
    loads = [sum(durations[u.id] for u in s) for s in schedule.share(units, 3, durations)]
    assert max(loads) - min(loads) <= max(durations.values())


def test_an_unknown_example_costs_the_median_of_the_known(units):
    durations = {units[0].id: 1.0, units[1].id: 3.0, units[2].id: 5.0}
    assert schedule.estimate(units[:4], durations)[units[3].id] == 3.0
    assert schedule.estimate(units[:1], {})[units[0].id] == schedule.UNKNOWN_SECONDS


def test_shares_run_in_file_order(units):
    for share in schedule.share(units, 2, {u.id: float(i) for i, u in enumerate(units)}):
        assert share == sorted(share, key=schedule.order)


def test_durations_keep_the_examples_this_run_did_not_time(tmp_path):
    path = tmp_path / "durations.json"
    schedule.save_durations(path, {"a": 1.0, "b": 2.0}, keep={})
    schedule.save_durations(path, {"b": 4.0}, keep=schedule.load_durations(path))
    assert schedule.load_durations(path) == {"a": 1.0, "b": 4.0}
    assert schedule.load_durations(tmp_path / "none.json") == {}
