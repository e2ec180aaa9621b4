"""Drift of the guide: the sentence ids each rule relied on when reviewed, against today's.

``features/guide.lock`` is committed: the id of every sentence of the guide as it was reviewed
and, for each rule, the ids of the sentences it checks — ids only: the guide's text stays in
the guide's file, never copied into the repository. Since an id is derived from its
sentence's text, a sentence reworded or removed in the guide file is an id the lock holds and
the guide no longer does: the rules relying on it are "to review". A sentence the lock does not
hold is new, and shown as not checked until the table or a quote says otherwise.
``resetspec doc --lock-guide`` rewrites the lock once the change is reviewed.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from resetspec.livingdoc import catalogue
from resetspec.livingdoc.guide import GuideError
from resetspec.livingdoc.guide_coverage import NOT_CHECKED, Coverage

DEFAULT = Path("features/guide.lock")
HEADER = """\
# The guide's sentences as last reviewed, and the sentences each rule relies on.
# Written by `resetspec doc --lock-guide`; `resetspec doc --check-guide` compares the guide
# file with it (resetspec/livingdoc/guide_lock.py). Review a change of the guide, then lock.
"""


@dataclass
class Lock:
    sentences: list[str] = field(default_factory=list)  # every id, in the guide's order
    rules: dict[str, list[str]] = field(default_factory=dict)  # rule -> sentence ids


@dataclass
class Drift:
    to_review: dict[str, list[str]]  # rule -> the ids of its sentences that changed or left
    new: list[str]  # ids of sentences the lock does not hold
    problems: list[str]  # one line each, for --check-guide

    @property
    def clean(self) -> bool:
        return not self.problems


def load(path: Path) -> Lock | None:
    """The lock at ``path``, or None when there is none yet."""
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Lock(list(data["sentences"]), {k: list(v) for k, v in data["rules"].items()})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise GuideError(f"{path}: not a readable guide lock ({exc})") from None


def of(coverage: Coverage) -> Lock:
    """The lock that says what the guide and the features say today."""
    sentences = [s.id for s in coverage.guide.sentences]
    rules = dict(sorted(coverage.rule_sentences().items(), key=lambda i: catalogue.sort_key(i[0])))
    return Lock(sentences, rules)


def text(lock: Lock) -> str:
    """The lock as TOML, a line per id: a change of the guide reads as a diff of lines."""
    lines = [HEADER, "sentences = ["]
    lines += [f"  {json.dumps(sentence_id)}," for sentence_id in lock.sentences]
    lines += ["]", "", "[rules]"]
    lines += [f"{rule} = {json.dumps(ids)}" for rule, ids in lock.rules.items()]
    return "\n".join(lines) + "\n"


def write(lock: Lock, path: Path) -> Path:
    partial = path.with_name(path.name + ".part")
    partial.write_text(text(lock), encoding="utf-8")
    partial.replace(path)
    return path


def drift(coverage: Coverage, lock: Lock | None, where: Path = DEFAULT) -> Drift:
    """What changed since the lock, and every problem ``--check-guide`` reports."""
    problems = list(coverage.fidelity) + list(coverage.problems)
    problems += [
        f"{rule} is linked from no sentence of the guide" for rule in coverage.unlinked_rules()
    ]
    if lock is None:
        problems.append(
            f"no guide lock at {where}: review the guide view, then run"
            " `resetspec doc --lock-guide`"
        )
        return Drift({}, [], problems)
    today = of(coverage)
    present, locked = set(today.sentences), set(lock.sentences)
    to_review: dict[str, list[str]] = {}
    for rule, ids in lock.rules.items():
        gone = [i for i in ids if i not in present]
        if gone:
            to_review[rule] = gone
            problems.append(
                f"{rule} to review: {len(gone)} sentence(s) it checks changed or left the guide"
                f" ({', '.join(gone)})"
            )
    texts = {s.id: s.plain for s in coverage.guide.sentences}
    new = [i for i in today.sentences if i not in locked]
    for sentence_id in new:
        if coverage.marks[sentence_id].state == NOT_CHECKED:
            problems.append(
                f'new sentence, not checked: "{short(texts[sentence_id])}" ({sentence_id})'
            )
    problems += stale(lock, today, to_review)
    return Drift(to_review, new, problems)


def stale(lock: Lock, today: Lock, to_review: dict[str, list[str]]) -> list[str]:
    """Links the features or the table changed since the lock, the guide unchanged."""
    found = []
    for rule in sorted(set(lock.rules) | set(today.rules), key=catalogue.sort_key):
        before = {i for i in lock.rules.get(rule, []) if i in set(today.sentences)}
        after = set(today.rules.get(rule, []))
        if before != after and rule not in to_review:
            found.append(
                f"{rule}: the lock is out of date ({len(after - before)} sentences linked since,"
                f" {len(before - after)} unlinked); review, then `resetspec doc --lock-guide`"
            )
    return found


def short(text: str, length: int = 70) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
