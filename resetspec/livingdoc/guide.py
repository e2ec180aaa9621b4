"""The guide, read from the file a run is given and cut into blocks and sentences with ids.

Where it is: ``--guide PATH``, else ``$RESETSPEC_GUIDE``, else ``../shared/guide/`` beside the
checkout (or the working folder) when it exists. A folder must hold exactly one ``.txt`` file.
The guide is never copied into the repository: only the ids of its sentences are committed
(``features/guide.lock``), and they are derived from the text, so a changed sentence gets a new
id and the rules relying on the old one are told.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from resetspec.livingdoc import guide_text

ENV = "RESETSPEC_GUIDE"
CHECKOUT = Path(__file__).resolve().parents[2]
DEFAULT = Path("../shared/guide")
HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.\s+(\S.*)$")
LEADERS = re.compile(r"\.{3,}\s*\d*\s*$")
LIST_ITEM = re.compile(r"^\s*[-✓]\s+")
INSTRUCTION = re.compile(r"^\s*>\s+")
CONTENTS = "Contents"
# Every page of the French state's sites opens with its banner: in the guide, a transcribed
# screen that follows another with no English between (the mail, then the login page) starts
# at it.
BANNER = "RÉPUBLIQUE"
PROSE_ONLY = ("heading", "instruction")  # the guide's own voice, never part of a screen


class GuideError(ValueError):
    """The guide cannot be found or read; the message fits on one line."""


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str  # as written, markup kept
    plain: str  # as compared (guide_text.plain)
    section: str  # the guide's section number ("1.3", "2"), "" before the first heading
    kind: str  # title, contents, heading, prose, item, instruction, screen
    lang: str  # "en" or "fr"


@dataclass
class Group:
    """Lines of a block as the page lays them out: ``p`` runs its sentences on, ``lines`` puts
    one a line (a screen), ``ul`` makes each item a list item."""

    kind: str
    items: list[list[Sentence]]


@dataclass
class Block:
    kind: str  # title, contents, heading, paragraph, instruction, list, screen
    section: str
    lang: str
    groups: list[Group] = field(default_factory=list)
    level: int = 0  # a heading's depth: 1 for "1.", 2 for "1.1."
    number: int = 0  # a screen's order among the guide's screens, from 1

    @property
    def sentences(self) -> list[Sentence]:
        return [s for group in self.groups for item in group.items for s in item]


@dataclass
class Guide:
    path: Path
    blocks: list[Block]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for block in self.blocks for s in block.sentences]

    @property
    def screens(self) -> list[Block]:
        return [block for block in self.blocks if block.kind == "screen"]

    def by_id(self) -> dict[str, Sentence]:
        return {s.id: s for s in self.sentences}


def locate(given: Path | None = None, environ: Mapping[str, str] = os.environ) -> Path | None:
    """The guide file: the one asked for (which must exist), else the default when it exists."""
    asked = given or (Path(environ[ENV]) if environ.get(ENV) else None)
    if asked is not None:
        return guide_file(asked)
    for base in (Path.cwd(), CHECKOUT):
        candidate = (base / DEFAULT).resolve()
        if candidate.exists():
            return guide_file(candidate)
    return None


def guide_file(path: Path) -> Path:
    if path.is_dir():
        found = sorted(path.glob("*.txt"))
        if len(found) != 1:
            raise GuideError(
                f"{path} holds {len(found)} .txt files; name the guide itself with {ENV}=FILE"
            )
        return found[0]
    if not path.is_file():
        raise GuideError(f"no guide at {path}; set {ENV} to the guide's file or folder")
    return path


def read(path: Path) -> Guide:
    """The guide at ``path``, cut into blocks and sentences."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GuideError(f"{path}: the guide cannot be read ({exc})") from None
    blocks = list(parse(text))
    if not any(block.kind == "heading" for block in blocks):
        raise GuideError(f"{path}: no numbered heading found; is this the FOCUS guide?")
    name_sentences(blocks)
    return Guide(path, blocks)


def paragraphs(text: str) -> list[list[str]]:
    """The file's runs of non-blank lines."""
    runs: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            runs[-1].append(line.rstrip())
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def parse(text: str) -> Iterator[Block]:
    runs = paragraphs(text)
    start = next((i for i, run in enumerate(runs) if run == [CONTENTS]), -1)
    for run in runs[:start]:
        yield Block("title", "", "en", [Group("p", [[draft(" ".join(run), "title")]])])
    body = runs[start + 1 :]
    toc = [run for run in body if all(LEADERS.search(line) for line in run)]
    if start >= 0:
        yield contents(runs[start], [line for run in toc for line in run])
    yield from body_blocks([run for run in body if run not in toc])


def contents(title: list[str], lines: list[str]) -> Block:
    items = [[draft(LEADERS.sub("", line).strip(), "contents")] for line in lines]
    heading = Group("p", [[draft(title[0], "heading")]])
    return Block("contents", "", "en", [heading, Group("ul", items)])


def body_blocks(runs: list[list[str]]) -> Iterator[Block]:
    kinds = [kind_of(run) for run in runs]
    langs = languages(runs, kinds)
    section = ""
    screen: Block | None = None
    count = 0
    for run, kind, lang in zip(runs, kinds, langs, strict=True):
        if kind == "heading":
            section = HEADING.match(run[0]).group(1)  # type: ignore[union-attr]
        if lang == "fr" and kind not in PROSE_ONLY:
            if screen is None or opens_screen(run):
                count += 1
                screen = Block("screen", section, "fr", number=count)
                yield screen
            screen.groups.append(screen_group(run, kind, section))
            continue
        screen = None
        yield prose_block(run, kind, section)


def kind_of(run: list[str]) -> str:
    if len(run) == 1 and HEADING.match(run[0]) and not LEADERS.search(run[0]):
        return "heading"
    if all(INSTRUCTION.match(line) for line in run):
        return "instruction"
    if all(LIST_ITEM.match(line) for line in run):
        return "list"
    return "paragraph"


def languages(runs: list[list[str]], kinds: list[str]) -> list[str]:
    """Each run's language; one with no telling takes French from a French neighbour."""
    found = [guide_text.language(" ".join(run)) for run in runs]
    told = [i for i, lang in enumerate(found) if lang and kinds[i] not in PROSE_ONLY]
    result = []
    for i, lang in enumerate(found):
        if not lang:
            before = [found[j] for j in told if j < i][-1:]
            after = [found[j] for j in told if j > i][:1]
            lang = "fr" if "fr" in before + after and kinds[i] not in PROSE_ONLY else "en"
        result.append(lang)
    return result


def opens_screen(run: list[str]) -> bool:
    return guide_text.strip_markup(run[0]).strip().startswith(BANNER)


def screen_group(run: list[str], kind: str, section: str) -> Group:
    """A screen's lines, one sentence a line: a screen is read line by line, not as prose."""
    items = [[draft(line, "screen", "fr", section)] for line in run]
    return Group("ul" if kind == "list" else "lines", items)


def prose_block(run: list[str], kind: str, section: str) -> Block:
    if kind == "heading":
        number = HEADING.match(run[0]).group(1)  # type: ignore[union-attr]
        group = Group("p", [[draft(run[0], "heading", section=section)]])
        return Block("heading", section, "en", [group], level=number.count(".") + 1)
    if kind == "instruction":
        items = [[draft(line, "instruction", section=section)] for line in run]
        return Block("instruction", section, "en", [Group("lines", items)])
    if kind == "list":
        items = [prose(line, "item", section) for line in run]
        return Block("list", section, "en", [Group("ul", items)])
    group = Group("p", [prose("\n".join(run), "prose", section)])
    return Block("paragraph", section, "en", [group])


def prose(text: str, kind: str, section: str) -> list[Sentence]:
    return [draft(part, kind, section=section) for part in guide_text.sentences(text)]


def draft(text: str, kind: str, lang: str = "en", section: str = "") -> Sentence:
    """A sentence whose id is given later, once every sentence of the guide is known."""
    return Sentence("", text, guide_text.plain(text), section, kind, lang)


def name_sentences(blocks: list[Block]) -> None:
    """Each sentence's id from its text; a sentence the guide repeats gets ``-2``, ``-3``…"""
    seen: Counter[str] = Counter()
    for block in blocks:
        for group in block.groups:
            for item in group.items:
                for index, sentence in enumerate(item):
                    base = sentence_id(sentence.plain)
                    seen[base] += 1
                    suffix = f"-{seen[base]}" if seen[base] > 1 else ""
                    item[index] = replace(sentence, id=base + suffix)


def sentence_id(text: str) -> str:
    """``g-`` and ten hex digits of the plain text's SHA-1: the same text, the same id."""
    return "g-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
