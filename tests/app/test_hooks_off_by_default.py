"""The test-control hooks stay off unless asked for, outside production too (H12)."""

from __future__ import annotations

import os

from reference_app import create_app


# test that an app started without RESETSPEC_TEST_HOOKS offers no hooks, in every mode it can run
def test_hooks_are_off_unless_turned_on():
    for env in ("development", "test"):
        app = create_app(
            {
                "ENV": env,
                "SECRET_KEY": "s",
                "DATABASE_URL": "sqlite://",
                # The journey cannot pass a rule mutant to its "defaults" app; this test can.
                "FAULTS": os.environ.get("RESETSPEC_FAULTS", ""),
            }
        )
        assert app.test_client().get("/__spec__").status_code == 404, env
