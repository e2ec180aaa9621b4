"""Claims: among workers racing over the same queue, each example goes to exactly one."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from resetspec.run import claims

EXAMPLES = [f"features/x.feature:{line}" for line in range(200)]


def test_the_first_claim_wins(tmp_path):
    assert claims.claim(tmp_path, EXAMPLES[0], "worker-1")
    assert not claims.claim(tmp_path, EXAMPLES[0], "worker-2")
    assert claims.claimed(tmp_path) == {EXAMPLES[0]: "worker-1"}


def race(folder: str, worker: str, backwards: bool) -> list[str]:
    order = reversed(EXAMPLES) if backwards else EXAMPLES
    return [e for e in order if claims.claim(Path(folder), e, worker)]


def test_racing_processes_share_the_examples_exactly(tmp_path):
    # Four processes, two from each end, as workers going round the same files.
    jobs = [(str(tmp_path), f"worker-{n}", n % 2 == 1) for n in range(4)]
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        won = pool.starmap(race, jobs)
    everything = [e for share in won for e in share]
    assert sorted(everything) == sorted(EXAMPLES)  # each once, none lost
    owners = claims.claimed(tmp_path)
    for (_, worker, _), share in zip(jobs, won, strict=True):
        assert all(owners[e] == worker for e in share)
