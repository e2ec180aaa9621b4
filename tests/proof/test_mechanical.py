"""Mechanical mutation testing: what is mutated, what is arid, how survivors are judged."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from cosmic_ray.work_item import MutationSpec, WorkerOutcome, WorkItem, WorkResult
from cosmic_ray.work_item import TestOutcome as Outcome

from resetspec.proof.mechanical import arid, report, sessions
from resetspec.proof.mechanical.scope import (
    Equivalent,
    Module,
    ScopeError,
    load_equivalents,
    load_scope,
)

SOURCE = textwrap.dedent(
    """
    from __future__ import annotations

    def rule(count: int, limit: int) -> bool | None:
        if faults.active("x") and count > 2:
            count -= 1
        minimum = limit - 1 if faults.active("y") else limit
        log.warning("count %s", count + 1)
        cached = count == 1 and faults.active("w")
        return count < minimum or faults.active("z")
    """
)


def position(text: str, occurrence: int = 0) -> tuple[int, int]:
    """(line, column) of the ``occurrence``-th ``text`` in SOURCE, as cosmic-ray numbers them."""
    found = -1
    for number, line in enumerate(SOURCE.splitlines(), 1):
        column = line.find(text)
        while column >= 0:
            found += 1
            if found == occurrence:
                return number, column
            column = line.find(text, column + 1)
    raise ValueError(text)


# test that switches, what runs only under them, annotations and log calls are arid; the rule is not
@pytest.mark.parametrize(
    ("text", "occurrence", "why"),
    [
        ('faults.active("x")', 0, "a rule-mutant switch"),
        ("count > 2", 0, "a rule-mutant switch"),
        ("count -= 1", 0, "runs only under a rule mutant"),
        ("limit - 1", 0, "runs only under a rule mutant"),
        ("int", 0, "a type annotation"),
        ("bool | None", 0, "a type annotation"),
        ("count + 1", 0, "a log call"),
        ("count == 1", 0, "true only under a rule mutant"),
        ("count < minimum", 0, None),
        ("or", 1, None),
        ("else limit", 0, None),
    ],
)
def test_arid_spans(text, occurrence, why):
    spans = arid.arid_spans(SOURCE)
    assert arid.why_arid(spans, position(text, occurrence)) == why


# test that the committed scope names existing modules with known rules
def test_the_committed_scope_loads():
    modules = load_scope()
    paths = {m.path for m in modules}
    assert "reference_app/password_policy.py" in paths and "reference_app/views/reset.py" in paths
    for module in modules:
        assert module.rules and all(r[0] in "GH" for r in module.rules)
        assert "@browser-only" in module.tags(browser_only=True)


# test that a bad scope file is refused in one line naming the key
@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[modules."reference_app/nowhere.py"]\nrules = ["G01"]\n', "no such file"),
        ('[modules."reference_app/lockout.py"]\nrules = ["G99"]\n', "unknown rule ids G99"),
        ('[modules."reference_app/lockout.py"]\nrules = []\n', "non-empty list"),
        ('[modules."reference_app/lockout.py"]\nrules = ["H02"]\nbrowser = "yes"\n', "browser"),
        ('[modules."reference_app/lockout.py"]\nrule = ["H02"]\n', "unknown keys rule"),
        ("[modules\n", "not valid TOML"),
        ("", r"no \[modules"),
    ],
)
def test_bad_scope(tmp_path: Path, body: str, message: str):
    path = tmp_path / "scope.toml"
    path.write_text(body)
    with pytest.raises(ScopeError, match=message) as caught:
        load_scope(path)
    assert "\n" not in str(caught.value)


# test that an equivalent entry must give its reason, and the committed file reads
def test_equivalents(tmp_path: Path):
    assert load_equivalents(tmp_path / "absent.toml") == {}
    path = tmp_path / "equivalents.toml"
    path.write_text('[[equivalent]]\nmodule = "m.py"\nline = "a < b"\nmutated = "a <= b"\n')
    with pytest.raises(ScopeError, match="missing reason"):
        load_equivalents(path)
    for entry in load_equivalents().values():
        assert entry.reason.strip() and entry.line != entry.mutated


def item(line: int, function: str = "rule") -> WorkItem:
    spec = MutationSpec(
        module_path="m.py",
        operator_name="core/ReplaceComparisonOperator_Lt_LtE",
        occurrence=0,
        start_pos=(line, 4),
        end_pos=(line, 5),
        definition_name=function,
    )
    return WorkItem.single(job_id=f"job-{line}", mutation=spec)


def diff(old: str, new: str) -> str:
    return f"--- mutation diff ---\n--- a/m.py\n+++ b/m.py\n@@ -1 +1 @@\n-{old}\n+{new}\n"


def result(outcome: Outcome | None, worker: WorkerOutcome = WorkerOutcome.NORMAL, d=None):
    return WorkResult(worker_outcome=worker, test_outcome=outcome, diff=d)


# test that survivors named in the equivalents leave the score, arid ones never count
def test_scores():
    module = Module("m.py", ("G07",), functions={"other": ("G06",)})
    results = [
        (item(1), result(Outcome.KILLED, d=diff("a < b", "a <= b"))),
        (item(2), result(Outcome.SURVIVED, d=diff("x = 20", "x = 21"))),
        (item(3), result(Outcome.SURVIVED, d=diff("y = 1", "y = 2"))),
        (item(4, "other"), result(Outcome.KILLED, d=diff("c", "not c"))),
        (item(5), result(None, WorkerOutcome.SKIPPED)),
        (item(6), None),
    ]
    equivalents = {("m.py", "y = 1", "y = 2"): Equivalent("m.py", "y = 1", "y = 2", "unused")}
    mutants, arid_count = report.judge(module, results, equivalents)
    made = report.Report(commit="abc", seconds=1.0, arid=arid_count, mutants=mutants)
    report.tally(made)
    assert arid_count == 1
    total = made.total
    assert (total.killed, total.survived, total.equivalent, total.pending) == (2, 1, 1, 1)
    assert total.percent == pytest.approx(100 * 2 / 3)
    assert made.rules["G06"].killed == 1 and made.rules["G07"].survived == 1
    assert report.unused_equivalents(mutants, equivalents) == []
    assert "x = 20" in report.markdown(made)


# test that a session is made once per version of its module, with the arid mutants marked
def test_sessions_are_made_once_per_version(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.py").write_text(SOURCE)
    module = Module("m.py", ("G07",))
    session = sessions.Session(module, tmp_path / "sessions", tmp_path)
    (tmp_path / "sessions").mkdir()
    assert session.prepare() is True
    made = session.results()
    skipped = [r for _, r in made if r is not None and r.worker_outcome == WorkerOutcome.SKIPPED]
    assert made and skipped and session.pending() == len(made) - len(skipped)
    assert session.prepare() is False  # the same module: resumed, not made again
    (tmp_path / "m.py").write_text(SOURCE.replace("count < minimum", "count <= minimum"))
    assert session.prepare() is True
