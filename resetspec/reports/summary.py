"""The one-screen console summary at the end of a run: rules, then the failed examples."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from resetspec.livingdoc.merge import not_selected
from resetspec.livingdoc.results import Example, Results, ResultsError, load

MAX_FAILURES_SHOWN = 20


def rule_verdicts(results: Results) -> dict[str, str]:
    """Of the selected rules: failed if any example failed, passed if one passed, else skipped."""
    statuses: dict[str, set[str]] = defaultdict(set)
    for example in results.examples.values():
        if not not_selected(example):
            statuses[example["rule"]].add(example["status"])
    verdicts = {}
    for rule, seen in statuses.items():
        if "failed" in seen:
            verdicts[rule] = "failed"
        elif "passed" in seen:
            verdicts[rule] = "passed"
        else:
            verdicts[rule] = "skipped"
    return verdicts


def failure_line(example: Example) -> str:
    evidence = example["evidence"]
    where = Path(evidence["failure"]).parent if "failure" in evidence else None
    error = (example.get("error") or "").strip() or "no error message"
    line = f"  ✗ {example['rule']} {example['feature']}:{example['line']} {example['name']}"
    line += f"\n      {error}"
    return line + (f"\n      evidence: {where}" if where else "")


def counts(results: Results, suite: int | None = None) -> dict[str, int]:
    """Examples passed, failed, skipped (with a reason) and not selected by this run (of the
    ``suite``'s examples when it is given, else of the features the results cover)."""
    found = dict.fromkeys(("passed", "failed", "skipped", "not selected"), 0)
    for example in results.examples.values():
        found["not selected" if not_selected(example) else example["status"]] += 1
    if suite is not None:
        found["not selected"] = max(0, suite - found["passed"] - found["failed"] - found["skipped"])
    return found


def skip_reasons(results: Results) -> Counter[str]:
    return Counter(
        str(e.get("skip_reason"))
        for e in results.examples.values()
        if e["status"] == "skipped" and not not_selected(e)
    )


def render(results: Results, suite: int | None = None) -> str:
    verdicts = rule_verdicts(results)
    by_kind = Counter(verdicts.values())
    failed_rules = sorted(r for r, v in verdicts.items() if v == "failed")
    found = counts(results, suite)
    failures = sorted(
        (e for e in results.examples.values() if e["status"] == "failed"), key=lambda e: e["id"]
    )
    lines = [
        f"rules: {by_kind['passed']} passed, {by_kind['failed']} failed"
        + (f" ({', '.join(failed_rules)})" if failed_rules else "")
        + (f", {by_kind['skipped']} skipped" if by_kind["skipped"] else "")
        + f" of {len(verdicts)} selected",
        f"examples: {found['passed']} passed, {found['failed']} failed,"
        f" {found['skipped']} skipped, {found['not selected']} not selected",
    ]
    lines += [f"  skipped {n}: {reason}" for reason, n in skip_reasons(results).most_common()]
    lines += [failure_line(e) for e in failures[:MAX_FAILURES_SHOWN]]
    if len(failures) > MAX_FAILURES_SHOWN:
        lines.append(f"  … and {len(failures) - MAX_FAILURES_SHOWN} more in the living doc")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m resetspec.reports.summary RESULTS``: the summary of a (merged) results file."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m resetspec.reports.summary RESULTS.json", file=sys.stderr)
        return 2
    try:
        print(render(load(Path(args[0]))))
    except ResultsError as exc:
        print(f"summary: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
