"""The guide read from its file, the features' quotes found in it, and the drift of the guide."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resetspec.livingdoc import cli, guide, guide_coverage, guide_map, guide_quotes, quotes
from resetspec.livingdoc.guide import GuideError

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"
# The sentence G07 and G06 rely on in section 1.3, and a sentence the guide does not have.
G07_SENTENCE = "be at least 20 characters long. It must"
NEW_SENTENCE = "The procedure can only be completed once a day."


def the_guide() -> guide.Guide:
    path = guide.locate()
    assert path is not None, f"no guide at {guide.DEFAULT}/: set {guide.ENV} (see the README)"
    return guide.read(path)


@pytest.fixture(scope="module")
def coverage() -> guide_coverage.Coverage:
    table = guide_map.load(FEATURES / "guide-map.toml")
    return guide_coverage.build(the_guide(), FEATURES, table)


# test that every passage a feature presents as the guide's is in the guide, where it is cited
def test_every_quote_is_the_guides() -> None:
    found = guide_quotes.find_all(the_guide(), quotes.all_quotes(FEATURES))
    assert len(found) > 30
    assert [f.problem for f in found if f.problem] == []


@pytest.mark.parametrize(
    ("description", "problem"),
    [
        ('Guide, 1.3: "be at least 20 characters long".', ""),
        ('Guide, 1.3: "be at least 24 characters long".', "is not in the guide"),
        ('Guide, 2: "It must be different from the last password used."', "in section 1.3"),
        ('Guide, 1.2: "If you are unable to complete this procedure …, then request"', ""),
        ('Guide, 1.2: "then request … If you are unable to complete this procedure"', "not in"),
        ('Guide, 2: "Enter and confirm your new password, then click on "Valider"."', ""),
        ('Guide, 2: "Enter and confirm your password, then click on "Valider"."', "not in"),
        ("Guide, 2: 'Click on \"Mot de passe oublié\"' opens a screen", ""),
        ('"It must be different from the last password used." (guide, 1.3)', ""),
        ('"It must be different from the previous password." (guide, 1.3)', "not in"),
        ('The guide is silent; we say "whatever we like".', ""),  # no citation: our own words
    ],
)
# test what counts as presenting text as the guide's, and how it is compared
def test_quote_fidelity(description: str, problem: str) -> None:
    found = guide_quotes.find_all(the_guide(), quotes.quotes_in(description, "x.feature", 1, "G07"))
    problems = [f.problem for f in found if f.problem]
    if problem:
        assert len(problems) == 1 and problem in problems[0]
    else:
        assert problems == []


# test that the guide is cut as a reader sees it: chapters, lists, its nine transcribed screens
def test_guide_blocks() -> None:
    read = the_guide()
    headings = [b.sentences[0].plain for b in read.blocks if b.kind == "heading"]
    assert headings[0] == "1. Overview" and headings[-1] == "3. Troubleshooting"
    assert len(read.screens) == 9
    assert [b.sentences[0].plain for b in read.screens][2] == "Mot de passe oublié"
    ids = [s.id for s in read.sentences]
    assert len(ids) == len(set(ids))  # a repeated line gets -2, -3…
    assert guide.sentence_id("Continuer") == guide.sentence_id("Continuer")


# test that every sentence is marked, and every guide rule G01-G18 is linked from a sentence
def test_every_sentence_marked(coverage: guide_coverage.Coverage) -> None:
    assert coverage.unlinked_rules() == []
    assert coverage.problems == []
    states = {mark.state for mark in coverage.marks.values()}
    assert states == {"checked", "informative", "not-checked"}
    informative = [m for m in coverage.marks.values() if m.state == "informative"]
    assert all(m.reason for m in informative)
    assert coverage.count("checked") + coverage.count("not-checked") == coverage.normative


# test that the committed lock matches the guide: CI's `resetspec doc --check-guide` passes
def test_guide_as_locked(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["doc", "--check-guide", "--features", str(FEATURES)]) == 0
    assert "no drift" in capsys.readouterr().out


def changed_copy(folder: Path) -> Path:
    text = the_guide().path.read_text(encoding="utf-8")
    assert G07_SENTENCE in text
    text = text.replace(G07_SENTENCE, G07_SENTENCE.replace("20", "24"))
    anchor = "This Guide¹ sets out the order of the steps of this procedure."
    text = text.replace(anchor, f"{anchor}\n\n{NEW_SENTENCE}")
    path = folder / "changed-guide.txt"
    path.write_text(text, encoding="utf-8")
    return path


# test that a changed guide fails the check, one line a problem: the rules to review, the new
def test_changed_guide_fails_the_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    changed = changed_copy(tmp_path)
    argv = ["doc", "--check-guide", "--guide", str(changed), "--features", str(FEATURES)]
    assert cli.main(argv) == 1
    lines = capsys.readouterr().err.splitlines()
    assert any(line.startswith("resetspec doc: G07 to review") for line in lines)
    assert any(line.startswith("resetspec doc: G06 to review") for line in lines)
    assert any(NEW_SENTENCE in line and "new sentence, not checked" in line for line in lines)
    # G07's quote is still in the guide, but in section 2 only: not where it is cited
    assert any("(G07)" in line and "not in 1.3 as cited" in line for line in lines)


# test that the doc built on a changed guide marks G07 to review and the new sentence
def test_changed_guide_in_the_doc(tmp_path: Path) -> None:
    changed = changed_copy(tmp_path)
    out = tmp_path / "doc"
    argv = ["doc", "--dry-run", "--guide", str(changed), "--out", str(out), "--lang", "en"]
    assert cli.main([*argv, "--features", str(FEATURES)]) == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    new_id = guide.sentence_id(NEW_SENTENCE)
    assert f'data-guide-sentence="{new_id}" data-coverage="not-checked"' in page
    assert "new since the guide was last reviewed" in page
    g07 = page[page.index('id="rule-G07"') :]
    assert '<strong class="review">to review</strong>' in g07[: g07.index("</article>")]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--guide", "nowhere/guide.txt"], "no guide at nowhere/guide.txt"),
        (["--guide-map", "nowhere.toml"], "no guide map at nowhere.toml"),
        (["--guide-map", "BAD"], "not a readable guide map"),
        (["--guide-map", "UNKNOWN_RULE"], "names no known rule"),
    ],
)
# test that a missing guide or a bad table is one line, and nothing is written
def test_bad_guide_inputs(
    tmp_path: Path, extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "BAD").write_text("[[checked]\n", encoding="utf-8")
    (tmp_path / "UNKNOWN_RULE").write_text(
        '[[checked]]\nsentence = "Continuer"\nrules = ["G99"]\n', encoding="utf-8"
    )
    extra = [str(tmp_path / e) if e in ("BAD", "UNKNOWN_RULE") else e for e in extra]
    out = tmp_path / "doc"
    argv = ["doc", "--dry-run", "--out", str(out), "--features", str(FEATURES), *extra]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert not out.exists()


# test that a guide the tools cannot find leaves the doc without the view, saying so once
def test_no_guide_leaves_the_view_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(guide.ENV, raising=False)
    monkeypatch.setattr(guide, "CHECKOUT", tmp_path)  # nothing at ../shared/guide from here
    monkeypatch.chdir(tmp_path)
    features = tmp_path / "features"
    shutil.copytree(FEATURES, features)
    assert cli.main(["doc", "--dry-run", "--features", str(features), "--out", "doc"]) == 0
    assert "the guide view is left out" in capsys.readouterr().err
    page = (tmp_path / "doc" / "index.html").read_text(encoding="utf-8")
    assert 'id="guide-missing"' in page and "data-guide-sentence" not in page
    assert guide.locate(None, {}) is None
    with pytest.raises(GuideError, match="no guide at"):
        guide.locate(tmp_path / "nowhere", {})
    assert cli.main(["doc", "--check-guide", "--features", str(features)]) == 1
