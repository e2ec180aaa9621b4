"""The mechanical mutation score: per module and per rule, with every survivor named.

A mutant is killed when an example failed on it; it survived when every example passed.
A survivor whose line and mutated line are in `mutation/equivalents.toml` is equivalent (it
changes nothing the procedure promises) and leaves the score; any other survivor is a hole in
the spec and is listed with its change. Arid mutants (see ``arid``) are never run.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkItem, WorkResult

from resetspec.proof.mechanical.scope import ANY, Equivalent, Module, equivalent_for

FORMAT = "resetspec-mechanical-mutants/1"
VERDICTS = ("killed", "survived", "equivalent", "pending", "error")


@dataclass
class Mutant:
    """One mutant as a reviewer reads it."""

    module: str
    function: str
    rules: list[str]
    line_number: int
    operator: str
    line: str
    mutated: str
    verdict: str  # one of VERDICTS
    reason: str = ""


@dataclass
class Score:
    killed: int = 0
    survived: int = 0
    equivalent: int = 0
    pending: int = 0
    error: int = 0

    def add(self, verdict: str) -> None:
        setattr(self, verdict, getattr(self, verdict) + 1)

    @property
    def judged(self) -> int:
        """The non-equivalent mutants with a verdict: what the score is out of."""
        return self.killed + self.survived

    @property
    def percent(self) -> float | None:
        return 100.0 * self.killed / self.judged if self.judged else None


@dataclass
class Report:
    commit: str
    seconds: float
    arid: int
    modules: dict[str, Score] = field(default_factory=dict)
    rules: dict[str, Score] = field(default_factory=dict)
    mutants: list[Mutant] = field(default_factory=list)

    @property
    def total(self) -> Score:
        score = Score()
        for module in self.modules.values():
            for verdict in VERDICTS:
                setattr(score, verdict, getattr(score, verdict) + getattr(module, verdict))
        return score


def changed_lines(diff: str | None) -> tuple[str, str]:
    """The line before and after a mutation, read from cosmic-ray's unified diff."""
    old = [line[1:] for line in (diff or "").splitlines() if line[:1] == "-" and line[:3] != "---"]
    new = [line[1:] for line in (diff or "").splitlines() if line[:1] == "+" and line[:3] != "+++"]
    return " / ".join(part.strip() for part in old), " / ".join(part.strip() for part in new)


def verdict_of(result: WorkResult | None) -> str | None:
    """killed, survived, pending or error; None for what was never to run (arid, no mutation)."""
    if result is None:
        return "pending"
    if result.worker_outcome in (WorkerOutcome.SKIPPED, WorkerOutcome.NO_TEST):
        return None
    if result.worker_outcome != WorkerOutcome.NORMAL:
        return "error"
    return "survived" if result.test_outcome == TestOutcome.SURVIVED else "killed"


def judge(
    module: Module,
    results: list[tuple[WorkItem, WorkResult | None]],
    equivalents: dict[tuple[str, str, str], Equivalent],
) -> tuple[list[Mutant], int]:
    """Each result of a module's session as a mutant with its verdict; and the arid count."""
    mutants, arid = [], 0
    for item, result in results:
        verdict = verdict_of(result)
        if verdict is None:
            arid += 1
            continue
        spec = item.mutations[0]
        line, mutated = changed_lines(result.diff if result else None)
        mutant = Mutant(
            module=module.path,
            function=spec.definition_name or "",
            rules=list(module.rules_of(spec.definition_name)),
            line_number=spec.start_pos[0],
            operator=spec.operator_name.removeprefix("core/"),
            line=line,
            mutated=mutated,
            verdict=verdict,
        )
        known = equivalent_for(equivalents, module.path, line, mutated)
        if verdict == "survived" and known is not None:
            mutant.verdict, mutant.reason = "equivalent", known.reason
        mutants.append(mutant)
    return mutants, arid


def tally(report: Report) -> None:
    """The scores per module and per rule, from the report's mutants."""
    report.modules, rules = defaultdict(Score), defaultdict(Score)
    for mutant in report.mutants:
        report.modules[mutant.module].add(mutant.verdict)
        for rule in mutant.rules:
            rules[rule].add(mutant.verdict)
    report.modules = dict(report.modules)
    report.rules = dict(sorted(rules.items()))


def unused_equivalents(
    mutants: list[Mutant], equivalents: dict[tuple[str, str, str], Equivalent]
) -> list[Equivalent]:
    """Entries of the equivalents file that no survivor matches any more (stale reviews)."""
    used = {
        (m.module, m.line.strip(), m.mutated.strip()) for m in mutants if m.verdict == "equivalent"
    }
    used |= {(module, line, ANY) for module, line, _ in used}
    return [e for key, e in equivalents.items() if key not in used]


def percent(score: Score) -> str:
    value = score.percent
    return "—" if value is None else f"{value:.1f} %"


def write(report: Report, folder: Path) -> Path:
    """The report as JSON (for the living doc) and Markdown (for a reviewer); the JSON."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "format": FORMAT,
        "written": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": report.commit,
        "seconds": round(report.seconds, 1),
        "arid": report.arid,
        "total": {**asdict(report.total), "percent": report.total.percent},
        "modules": {k: {**asdict(v), "percent": v.percent} for k, v in report.modules.items()},
        "rules": {k: {**asdict(v), "percent": v.percent} for k, v in report.rules.items()},
        "mutants": [asdict(m) for m in report.mutants if m.verdict != "killed"],
    }
    path = folder / "mechanical.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    (folder / "mechanical.md").write_text(markdown(report))
    return path


def markdown(report: Report) -> str:
    total = report.total
    lines = [
        "# Mechanical mutants (cosmic-ray, judged by the features)",
        "",
        f"Commit `{report.commit}`: {percent(total)} of {total.judged} non-equivalent mutants"
        f" killed ({total.killed} killed, {total.survived} survived, {total.equivalent}"
        f" equivalent, {report.arid} arid not run, {total.pending} pending, {total.error} errors)"
        f" in {report.seconds / 60:.0f} min.",
        "",
        "| module | killed | survived | equivalent | score |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, score in sorted(report.modules.items()):
        lines.append(
            f"| `{name}` | {score.killed} | {score.survived} | {score.equivalent}"
            f" | {percent(score)} |"
        )
    lines += ["", "| rule | killed | survived | equivalent | score |", "| --- " * 5 + "|"]
    for rule, score in report.rules.items():
        lines.append(
            f"| {rule} | {score.killed} | {score.survived} | {score.equivalent}"
            f" | {percent(score)} |"
        )
    survivors = [m for m in report.mutants if m.verdict in ("survived", "error", "pending")]
    lines += ["", f"## Not killed ({len(survivors)})", ""]
    for m in survivors:
        lines.append(
            f"- {m.verdict}: `{m.module}:{m.line_number}` ({m.function or 'module'}, {m.operator})"
            f" `{m.line}` → `{m.mutated}`"
        )
    return "\n".join(lines) + "\n"


def counts_line(report: Report) -> str:
    total = report.total
    verdicts = Counter({v: getattr(total, v) for v in VERDICTS})
    shown = ", ".join(f"{n} {v}" for v, n in verdicts.items() if n)
    return f"{percent(total)} of {total.judged} non-equivalent mutants killed ({shown})"
