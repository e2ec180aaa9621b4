"""What Cucumber's formats say of a step beyond its status: its step definition and its error."""

from __future__ import annotations

from typing import Any

from behave.model import Step
from behave.step_registry import registry

MESSAGE_LENGTH = 4_000  # a Playwright call log can run to pages; the start says what failed
TRACE_LENGTH = 8_000


def match_record(step: Step) -> dict[str, Any] | None:
    """The step definition behave's registry matches to the step's text, and its arguments.

    Asked of the registry, not of the run, so a step that did not run has its definition too.
    """
    definition = registry.find_step_definition(step)
    if definition is None:
        return None
    match = definition.match(step.name)
    arguments = getattr(match, "arguments", None) or []
    return {
        "location": str(definition.location),
        "pattern": str(definition.pattern),
        "matcher": type(definition).__name__,
        "arguments": [{"start": arg.start, "value": arg.original} for arg in arguments],
    }


def exception_record(exception: BaseException | None, trace: str | None) -> dict[str, str] | None:
    """An error's type, message and stack trace (each cut to a readable length)."""
    if exception is None and not trace:
        return None
    kind = type(exception).__name__ if exception is not None else "Error"
    message = str(exception).strip() if exception is not None else ""
    last_line = ([""] + (trace or "").strip().splitlines())[-1]
    return {
        "type": kind,
        "message": cut(message or last_line or kind, MESSAGE_LENGTH),
        "trace": cut(trace or message or kind, TRACE_LENGTH),
    }


def cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
