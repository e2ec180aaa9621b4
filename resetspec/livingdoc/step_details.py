"""What Cucumber's formats say of a step beyond its status: its step definition and its error."""

from __future__ import annotations

from typing import Any

from behave.model import Step
from behave.step_registry import registry

MESSAGE_LENGTH = 4_000  # a Playwright call log can run to pages; the start says what failed
TRACE_LENGTH = 8_000


def match_record(step: Step) -> dict[str, Any] | None:
    """The step definition that matches the step's text, and its arguments.

    A step that ran keeps behave's own match; one that did not (skipped, after a failure) is
    asked of behave's registry, so every step names its definition.
    """
    ran = getattr(step, "match", None)
    definition = _definitions().get(getattr(ran, "func", None)) if ran is not None else None
    if definition is None:
        definition = registry.find_step_definition(step)
        ran = definition.match(step.name) if definition is not None else None
    if definition is None:
        return None
    arguments = getattr(ran, "arguments", None) or []
    return {
        "location": str(definition.location),
        "pattern": str(definition.pattern),
        "matcher": type(definition).__name__,
        "arguments": [{"start": arg.start, "value": arg.original} for arg in arguments],
    }


def _definitions() -> dict[Any, Any]:
    """behave's registered definitions by their step function, built again when it grows."""
    count = sum(len(found) for found in registry.steps.values())
    if _BY_FUNC.get("count") != count:
        _BY_FUNC.clear()
        _BY_FUNC["count"] = count
        _BY_FUNC["found"] = {d.func: d for found in registry.steps.values() for d in found}
    return _BY_FUNC["found"]


_BY_FUNC: dict[str, Any] = {}


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
