"""The kill matrix of `resetspec mutants` in the living documentation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resetspec.livingdoc import cli, teeth
from resetspec.livingdoc.document import build
from resetspec.proof import mutants

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"


def g07_example():
    rule = next(r for r in build(FEATURES).rules if r.id == "G07")
    return next(e for e in rule.examples if e.row)  # an outline's row: " -- @1.n" in its name


def matrix_file(tmp_path: Path, entries: list[dict], **extra: str) -> Path:
    path = tmp_path / "kill-matrix.json"
    path.write_text(json.dumps({"format": teeth.FORMAT, "mutants": entries, **extra}))
    return path


def entry(name: str, rule: str, status: str, killers: list[str] = ()) -> dict:
    return {
        "name": name,
        "rule": rule,
        "description": f"{name} breaks {rule}",
        "status": status,
        "killers": list(killers),
        "seconds": 3.0,
    }


def page_with(tmp_path: Path, matrix: Path | None, lang: str = "en") -> str:
    out = tmp_path / "doc"
    argv = ["doc", "--dry-run", "--features", str(FEATURES), "--out", str(out), "--lang", lang]
    if matrix is not None:
        argv += ["--mutants", str(matrix)]
    assert cli.main(argv) == 0
    return (out / "index.html").read_text(encoding="utf-8")


# test that the page shows every mutant, links each killer to its example, marks survivors
def test_the_matrix_is_a_section_and_each_rule_lists_its_mutants(tmp_path: Path) -> None:
    example = g07_example()
    killer = f"03_password_policy.Password policy › {example.behave_name}"
    path = matrix_file(
        tmp_path,
        [
            entry("accept_19_chars", "G07", "killed", [killer]),
            entry("accept_space", "G06", "survived"),
        ],
        written="2026-11-27T12:00:00+00:00",
        commit="abc1234",
    )
    page = page_with(tmp_path, path)
    assert "2 mutants: 1 killed, 1 survived, 0 unknown." in page
    assert "Matrix written 2026-11-27 12:00 UTC on commit abc1234." in page
    row = ", ".join(f"{k} = {v}" for k, v in example.row.items())
    assert f'<a href="#{example.anchor}">{example.name} ({row})</a>' in page
    assert '<tr class="verdict-survived" data-mutant="accept_space">' in page
    g07 = page[page.index('id="rule-G07"') : page.index('id="rule-G08"')]
    assert "<code>accept_19_chars</code>" in g07 and "killed" in g07
    g01 = page[page.index('id="rule-G01"') : page.index('id="rule-G02"')]
    assert "No mutant breaks this rule" in g01


# test that a page without a matrix says how to make one, in the reader's language
def test_no_matrix_says_how_to_make_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no reports/mutants/ here
    # Where the matrix comes from, how long it takes, and how to show one made elsewhere.
    english = page_with(tmp_path, None)
    assert "`resetspec mutants` (`make mutants`, about 11 minutes" in english
    assert "`resetspec doc --mutants FILE`" in english
    assert "`resetspec mutants` (`make mutants`, environ 11 minutes" in page_with(
        tmp_path, None, lang="fr"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a readable kill matrix"),
        ('{"format": "other"}', "not a kill matrix"),
        ('{"format": "resetspec-kill-matrix/1", "mutants": [{"rule": "G01"}]}', "without 'name'"),
        (
            '{"format": "resetspec-kill-matrix/1", "mutants": [{"name": "x", "rule": "G01",'
            ' "status": "maybe"}]}',
            "verdict 'maybe'",
        ),
    ],
)
# test that a file that is not a kill matrix is refused in one line, and no page is written
def test_a_bad_matrix_is_refused_in_one_line(tmp_path: Path, capsys, content: str, message: str):
    bad = tmp_path / "kill-matrix.json"
    bad.write_text(content)
    out = tmp_path / "doc"
    argv = ["doc", "--dry-run", "--features", str(FEATURES), "--out", str(out)]
    assert cli.main([*argv, "--mutants", str(bad)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (out / "index.html").exists()


# test that what `resetspec mutants` writes is what the page reads, the first format too
def test_the_matrix_written_by_mutants_reads_back(tmp_path: Path) -> None:
    verdicts = [mutants.Verdict("accept_19_chars", "G07", "19 accepted", "killed", ["a › b"], 4.0)]
    written = teeth.load(mutants.write_matrix(verdicts, tmp_path))
    assert [(m.name, m.status, m.killers) for m in written.mutants] == [
        ("accept_19_chars", "killed", ["a › b"])
    ]
    assert written.written and written.all_killed
    old = tmp_path / "old.json"
    old.write_text(json.dumps([entry("no_mail", "G11", "killed", ["x › y"])]))
    assert teeth.load(old).of_rule("G11")[0].name == "no_mail"
