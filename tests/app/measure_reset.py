"""Measure one full reset through the test client at production argon2id cost.

Run: .venv/bin/python tests/app/measure_reset.py [runs]   (prints the median in ms)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_actions import Accounts, ResetActions  # noqa: E402
from app_pages import LILA  # noqa: E402

from reference_app import create_app  # noqa: E402
from reference_app.config import defaults  # noqa: E402

PRODUCTION_COST = {key: defaults()[key] for key in ("ARGON2_TIME_COST", "ARGON2_MEMORY_KIB")}


def measured_app():
    """The app at production argon2id cost, in memory, with no limit on step 1."""
    return create_app(
        {
            "ENV": "test",
            "SECRET_KEY": "measure",
            "TEST_HOOKS": True,
            "DATABASE_URL": "sqlite://",
            "WTF_CSRF_ENABLED": False,
            "STEP1_RATE_LIMIT": "100000 per minute",
            **PRODUCTION_COST,
        }
    )


def time_resets(runs: int) -> list[float]:
    """Return the time in ms of `runs` full resets (step 1 to step 4), one account each."""
    app = measured_app()
    timings = []
    for run in range(runs):
        client = app.test_client()
        email = f"mesure{run}@example.fr"
        Accounts(client).create(email=email, subscriber_number=None)
        actions = ResetActions(client)
        start = time.perf_counter()
        page = actions.run(email=email, answer=LILA["answer"])
        timings.append((time.perf_counter() - start) * 1000)
        assert page.status_code == 200
    return timings


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    timings = time_resets(runs)
    print(
        f"one full reset through the test client: median {statistics.median(timings):.1f} ms"
        f" over {runs} runs (argon2id t={PRODUCTION_COST['ARGON2_TIME_COST']},"
        f" m={PRODUCTION_COST['ARGON2_MEMORY_KIB']} KiB, p=1)"
    )


if __name__ == "__main__":
    main()
