"""behave's hooks: they only wire the harness's fixtures (resetspec.spec.behave_fixtures)."""

from __future__ import annotations

from behave.fixture import use_fixture
from behave.model import Scenario
from behave.runner import Context

from resetspec.spec.behave_fixtures import (
    announce_skip,
    chromium,
    claimed_by_another_worker,
    mail_sink,
    missing_capabilities,
    needs_browser,
    run_settings,
    skip_reason,
    system_under_test,
    world_for,
)


def before_all(context: Context) -> None:
    use_fixture(run_settings, context)
    use_fixture(mail_sink, context)
    use_fixture(system_under_test, context)
    if needs_browser(context.settings):
        use_fixture(chromium, context)


def before_scenario(context: Context, scenario: Scenario) -> None:
    if claimed_by_another_worker(context, scenario):
        scenario.skip()  # no reason: behave's mark of an example this run did not select
        return
    missing = missing_capabilities(list(scenario.effective_tags), context.capabilities)
    if missing:
        reason = skip_reason(missing)
        announce_skip(scenario, reason)
        scenario.skip(reason)
        return
    use_fixture(world_for(context.settings), context, scenario)
