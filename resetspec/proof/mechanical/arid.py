"""Arid code: where a mutation cannot change what the procedure does, so none is tried.

As Google's mutation testing does with logging and feature flags, mutants are not made where
the code only serves something else: the rule-mutant switches of `reference_app/faults.py`
(`faults.active(...)`, and what runs only when one is on), type annotations (never evaluated
under `from __future__ import annotations`) and log calls (the log's wording is no rule; H06's
"no secret in the log" is checked on what the log holds, not on how it is written).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical"}
LOGGERS = {"log", "logger", "_log"}


@dataclass(frozen=True)
class Span:
    """A stretch of source, from (line, column) to (line, column), lines from 1."""

    start: tuple[int, int]
    end: tuple[int, int]
    why: str

    def holds(self, position: tuple[int, int]) -> bool:
        return self.start <= position < self.end


def _span(node: ast.AST, why: str) -> Span:
    return Span(
        (node.lineno, node.col_offset),  # type: ignore[attr-defined]
        (node.end_lineno, node.end_col_offset),  # type: ignore[attr-defined]
        why,
    )


def _body_span(body: list[ast.stmt], why: str) -> Span:
    return Span(_span(body[0], why).start, _span(body[-1], why).end, why)


def is_fault_switch(node: ast.AST) -> bool:
    """`faults.active("…")`: true only while a rule mutant is switched on."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "active"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "faults"
    )


def fault_only(test: ast.expr) -> bool:
    """A condition that holds only under a fault: the switch itself, or `… and <switch>`."""
    if is_fault_switch(test):
        return True
    return (
        isinstance(test, ast.BoolOp)
        and isinstance(test.op, ast.And)
        and any(is_fault_switch(value) for value in test.values)
    )


def is_log_call(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    owner = node.func.value
    named = isinstance(owner, ast.Name) and owner.id in LOGGERS
    app_logger = isinstance(owner, ast.Attribute) and owner.attr == "logger"
    return node.func.attr in LOG_METHODS and (named or app_logger)


def arid_spans(source: str) -> list[Span]:
    """Every stretch of this module where mutants are not made, with why."""
    spans: list[Span] = []
    for node in ast.walk(ast.parse(source)):
        if is_fault_switch(node):
            spans.append(_span(node, "a rule-mutant switch"))
        elif isinstance(node, ast.If) and fault_only(node.test):
            spans.append(_span(node.test, "a rule-mutant switch"))
            spans.append(_body_span(node.body, "runs only under a rule mutant"))
        elif isinstance(node, ast.IfExp) and fault_only(node.test):
            spans.append(_span(node.body, "runs only under a rule mutant"))
        elif isinstance(node, ast.BoolOp) and fault_only(node):
            spans.append(_span(node, "true only under a rule mutant"))
        elif is_log_call(node):
            spans.append(_span(node, "a log call"))
        elif isinstance(node, ast.arg) and node.annotation is not None:
            spans.append(_span(node.annotation, "a type annotation"))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns:
            spans.append(_span(node.returns, "a type annotation"))
        elif isinstance(node, ast.AnnAssign):
            spans.append(_span(node.annotation, "a type annotation"))
    return spans


def why_arid(spans: list[Span], position: tuple[int, int]) -> str | None:
    """Why a mutation at this position is not made; None when it is."""
    return next((span.why for span in spans if span.holds(position)), None)
