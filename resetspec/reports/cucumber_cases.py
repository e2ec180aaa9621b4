"""The glue side of Cucumber Messages: step definitions, the two scenario hooks, test cases.

A test case is an example's pickle bound to what runs it: the harness's ``before_scenario``
hook, one step definition per step (behave's registry matched it, and the results file kept
the match), then the ``after_scenario`` work that writes the evidence. behave's ``parse``
patterns are told as ``CUCUMBER_EXPRESSION``, the nearer of the two kinds the protocol knows
(``{name}`` placeholders, no regular expression); a regex matcher's as ``REGULAR_EXPRESSION``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import cucumber_messages as cm

from resetspec.livingdoc.results import Example
from resetspec.reports.gherkin_source import Spec

HOOK_FILE = "environment.py"  # where behave's hooks live, beside steps/


@dataclass
class Glue:
    """The step definitions and hooks every test case of the run points at."""

    before: cm.Hook
    after: cm.Hook
    definitions: dict[tuple[str, str], cm.StepDefinition] = field(default_factory=dict)

    def envelopes(self) -> list[cm.Envelope]:
        found = [cm.Envelope(step_definition=d) for d in self.definitions.values()]
        return found + [cm.Envelope(hook=self.before), cm.Envelope(hook=self.after)]


@dataclass
class Case:
    """One example as a test case: its steps in order, each with its record when it has one."""

    example: Example
    pickle: cm.Pickle
    test_case: cm.TestCase
    before: cm.TestStep
    steps: list[tuple[cm.TestStep, dict[str, Any]]]
    after: cm.TestStep


def glue(spec: Spec, examples: Iterable[Example]) -> Glue:
    """Every step definition the examples' steps matched, and the two hooks."""
    definitions: dict[tuple[str, str], cm.StepDefinition] = {}
    for example in examples:
        for step in example["steps"]:
            match = step.get("match")
            if match and (match["location"], match["pattern"]) not in definitions:
                key = (match["location"], match["pattern"])
                definitions[key] = definition(spec.new_id(), match)
    before = hook(spec.new_id(), "before_scenario", cm.HookType.before_test_case)
    after = hook(spec.new_id(), "after_scenario", cm.HookType.after_test_case)
    return Glue(before, after, definitions)


def definition(new_id: str, match: dict[str, Any]) -> cm.StepDefinition:
    kind = cm.StepDefinitionPatternType.cucumber_expression
    if "Regex" in match.get("matcher", ""):
        kind = cm.StepDefinitionPatternType.regular_expression
    uri, _, line = match["location"].rpartition(":")
    return cm.StepDefinition(
        id=new_id,
        pattern=cm.StepDefinitionPattern(source=match["pattern"], type=kind),
        source_reference=cm.SourceReference(
            uri=uri or match["location"],
            location=cm.Location(line=int(line)) if line.isdigit() else None,
        ),
    )


def hook(new_id: str, name: str, kind: cm.HookType) -> cm.Hook:
    return cm.Hook(
        id=new_id, name=name, type=kind, source_reference=cm.SourceReference(uri=HOOK_FILE)
    )


def case(spec: Spec, found: Glue, pickle: cm.Pickle, example: Example, run_id: str) -> Case:
    """The test case of one example; steps pair with the records in order."""
    before = cm.TestStep(id=spec.new_id(), hook_id=found.before.id)
    after = cm.TestStep(id=spec.new_id(), hook_id=found.after.id)
    records = example["steps"]
    steps = [
        (test_step(spec.new_id(), found, pickle_step, record), record)
        for pickle_step, record in zip(pickle.steps, records, strict=False)
    ]
    # A results file older than the feature (a step added since): the rest is undefined.
    steps += [
        (test_step(spec.new_id(), found, pickle_step, {}), {})
        for pickle_step in pickle.steps[len(records) :]
    ]
    test_case = cm.TestCase(
        id=spec.new_id(),
        pickle_id=pickle.id,
        test_steps=[before, *[step for step, _ in steps], after],
        test_run_started_id=run_id,
    )
    return Case(example, pickle, test_case, before, steps, after)


def test_step(
    new_id: str, found: Glue, pickle_step: cm.PickleStep, record: dict[str, Any]
) -> cm.TestStep:
    match = record.get("match")
    if not match:
        # No definition matched: Cucumber's sign of an undefined step.
        return cm.TestStep(id=new_id, pickle_step_id=pickle_step.id, step_definition_ids=[])
    known = found.definitions[(match["location"], match["pattern"])]
    arguments = [
        cm.StepMatchArgument(group=cm.Group(start=arg["start"], value=arg["value"], children=[]))
        for arg in match["arguments"]
    ]
    return cm.TestStep(
        id=new_id,
        pickle_step_id=pickle_step.id,
        step_definition_ids=[known.id],
        step_match_arguments_lists=[cm.StepMatchArgumentsList(step_match_arguments=arguments)],
    )
