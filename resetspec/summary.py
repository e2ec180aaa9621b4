"""The one-screen console summary at the end of a run: rules, then the failed examples."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from resetspec.livingdoc.results import Example, Results, ResultsError, load

MAX_FAILURES_SHOWN = 20


def rule_verdicts(results: Results) -> dict[str, str]:
    """A rule fails if any example failed, passes if one passed and none failed, else not run."""
    statuses: dict[str, set[str]] = defaultdict(set)
    for example in results.examples.values():
        statuses[example["rule"]].add(example["status"])
    verdicts = {}
    for rule, seen in statuses.items():
        if "failed" in seen:
            verdicts[rule] = "failed"
        elif "passed" in seen:
            verdicts[rule] = "passed"
        else:
            verdicts[rule] = "not run"
    return verdicts


def failure_line(example: Example) -> str:
    evidence = example["evidence"]
    where = Path(evidence["failure"]).parent if "failure" in evidence else None
    error = (example.get("error") or "").strip() or "no error message"
    line = f"  ✗ {example['rule']} {example['feature']}:{example['line']} {example['name']}"
    line += f"\n      {error}"
    return line + (f"\n      evidence: {where}" if where else "")


def render(results: Results) -> str:
    verdicts = rule_verdicts(results)
    kinds = ("passed", "failed", "not run")
    counts = {kind: sum(1 for v in verdicts.values() if v == kind) for kind in kinds}
    failed_rules = sorted(r for r, v in verdicts.items() if v == "failed")
    examples = list(results.examples.values())
    ran = [e for e in examples if e["status"] in ("passed", "failed")]
    failures = sorted((e for e in examples if e["status"] == "failed"), key=lambda e: e["id"])
    lines = [
        f"rules: {counts['passed']} passed, {counts['failed']} failed, {counts['not run']} not run"
        + (f" ({', '.join(failed_rules)})" if failed_rules else ""),
        f"examples: {len(ran) - len(failures)} passed, {len(failures)} failed",
    ]
    lines += [failure_line(e) for e in failures[:MAX_FAILURES_SHOWN]]
    if len(failures) > MAX_FAILURES_SHOWN:
        lines.append(f"  … and {len(failures) - MAX_FAILURES_SHOWN} more in the living doc")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m resetspec.summary RESULTS``: the summary of a (merged) results file."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m resetspec.summary RESULTS.json", file=sys.stderr)
        return 2
    try:
        print(render(load(Path(args[0]))))
    except ResultsError as exc:
        print(f"summary: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
