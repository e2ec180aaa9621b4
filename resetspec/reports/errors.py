"""The one error of the reports package: what was wrong with its input, in one line."""

from __future__ import annotations

from resetspec.livingdoc.results import ResultsError


class ReportError(ResultsError):
    """A report cannot be written from these inputs (a feature file, a schema, a results file)."""
