"""The split of the examples: every one in exactly one share or shard, deterministic, balanced."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from resetspec.run import schedule


@pytest.fixture(scope="module")
def units() -> list[schedule.Unit]:
    return schedule.select(["features"])


def written_examples() -> int:
    """The examples as a reader counts them in the files: each Scenario, each outline's row."""
    count = 0
    for path in sorted(Path("features").glob("*.feature")):
        in_examples, header = False, False
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith("Scenario:"):
                count += 1
            if stripped.startswith("Examples"):
                in_examples, header = True, True
            elif in_examples and stripped.startswith("|"):
                count += 0 if header else 1
                header = False
            elif in_examples and stripped:
                in_examples = False
    return count


def test_the_selection_is_every_example_once(units):
    # Each outline row is one example with a location of its own.
    assert len(units) == written_examples() > 115
    assert len({u.location for u in units}) == len({u.id for u in units}) == len(units)


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


def files_in(queue: schedule.Queue) -> list[str]:
    """The feature files of a queue, in the order the worker meets them."""
    return [u.file for u in queue.units]


@pytest.mark.parametrize("workers", [1, 2, 3, 5])
def test_every_queue_holds_every_example_once(units, workers):
    queues = schedule.queues(units, workers, {})
    assert len(queues) == workers
    for queue in queues:
        assert sorted(u.id for u in queue.units) == sorted(u.id for u in units)


@pytest.mark.parametrize("workers", [2, 3, 5])
def test_a_file_is_never_cut_in_a_queue(units, workers):
    # behave runs a file named twice as two features, and its JUnit file would be overwritten.
    for queue in schedule.queues(units, workers, {}):
        met = files_in(queue)
        groups = [f for i, f in enumerate(met) if i == 0 or met[i - 1] != f]
        assert len(groups) == len(set(met))


def test_workers_start_at_their_own_stretch_and_go_round(units):
    queues = schedule.queues(units, 2, {})
    first, second = queues
    assert first.units == sorted(units, key=schedule.order)
    assert files_in(second)[0] != files_in(first)[0]
    start = first.units.index(second.units[0])
    assert second.units == first.units[start:] + first.units[:start]
    assert first.stretch == start and first.stretch + second.stretch == len(units)


def test_stretches_are_balanced_by_the_last_durations(units):
    # The first file is slow: the second worker starts right after it.
    first_file = files_in(schedule.queues(units, 1, {})[0])[0]
    durations = {u.id: 10.0 if u.location.startswith(first_file) else 0.1 for u in units}
    first, second = schedule.queues(units, 2, durations)
    assert files_in(second)[0] != first_file
    assert all(u.location.startswith(first_file) for u in first.units[: first.stretch])


def test_nothing_selected_makes_no_queue():
    assert schedule.queues([], 2, {}) == []


def test_more_workers_than_files_share_a_start(units):
    one_file = [u for u in units if u.location.startswith("features/03_")]
    queues = schedule.queues(one_file, 3, {})
    assert all(q.units == queues[0].units for q in queues)
    assert sum(q.stretch for q in queues) == len(one_file)


def test_an_unknown_example_costs_the_median_of_the_known(units):
    durations = {units[0].id: 1.0, units[1].id: 3.0, units[2].id: 5.0}
    assert schedule.estimate(units[:4], durations)[units[3].id] == 3.0
    assert schedule.estimate(units[:1], {})[units[0].id] == schedule.UNKNOWN_SECONDS


def test_durations_keep_the_examples_this_run_did_not_time(tmp_path):
    path = tmp_path / "durations.json"
    schedule.save_durations(path, {"a": 1.0, "b": 2.0}, keep={})
    schedule.save_durations(path, {"b": 4.0}, keep=schedule.load_durations(path))
    assert schedule.load_durations(path) == {"a": 1.0, "b": 4.0}
    assert schedule.load_durations(tmp_path / "none.json") == {}


def test_only_passed_examples_teach_the_next_split() -> None:
    """A browser that would not start fails every example at once: those times must not make
    the next run put all the work on one worker."""
    examples = [
        {"id": "a", "status": "passed", "duration": 1.5},
        {"id": "b", "status": "failed", "duration": 0.01},
        {"id": "c", "status": "skipped", "duration": 0.0},
        {"id": "d", "status": "untested", "duration": 0.0},
    ]
    assert schedule.passed_durations(examples) == {"a": 1.5}
