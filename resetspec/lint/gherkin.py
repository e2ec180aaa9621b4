"""`python -m resetspec.lint.gherkin [PATH…]`: a Gherkin linter that understands `Rule:`.

Built on Cucumber's own parser (gherkin-official), because the linters on the registries do not
read `Rule:` yet (gplint 1.5.1 stops with a TypeError on a Rule's children; gherlint 0.5 sees a
file of Rules as a feature without scenarios). One line per finding, `file:line: code message`,
exit status 1 when there is one, 2 when a file cannot be parsed. The checks:

  GL01 every feature, rule and scenario has a name
  GL02 no two scenarios of a feature share a name
  GL03 Given, When and Then in this order, each once: a scenario states one behaviour
  GL04 a scenario that has a Then has a When: a state is not an action
  GL05 names of at most NAME_MAX characters, steps of at most STEP_MAX (the guide's quotes aside)
  GL06 at most SCENARIOS_MAX scenarios in a file
  GL07 an outline uses every column of its examples, and has a row for each placeholder
  GL08 no environment variable name in the text an analyst reads
  GL09 no trailing space, no tab
  GL10 no example runs the very steps of another, values filled in (in any of the files linted):
       a second copy checks nothing more, and hides which rule the behaviour belongs to
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser

NAME_MAX = 110
STEP_MAX = 130
SCENARIOS_MAX = 50  # a file is a chapter of the guide; the procedure's own is the longest
PLACEHOLDER = re.compile(r"<([^<>]+)>")
QUOTE = re.compile(r'"[^"]*"')
VARIABLE = re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")
ORDER = {"Context": 0, "Action": 1, "Outcome": 2}


class NotGherkin(ValueError):
    """A file the Gherkin parser refuses; its message is one line that names the file."""


def parse(path: Path) -> tuple[str, dict]:
    """A feature file's text and its Gherkin document, or NotGherkin naming the file."""
    text = path.read_text(encoding="utf-8")
    try:
        return text, Parser().parse(text)
    except (CompositeParserException, ParserError) as error:
        first = [line for line in str(error).splitlines() if line.startswith("(")][:1]
        raise NotGherkin(f"{path}: not Gherkin: {''.join(first) or error}") from error


def scenarios(children: list[dict], background: tuple = ()) -> Iterator[tuple[dict, tuple]]:
    """Each scenario in document order, with the Background steps that run before its own."""
    steps = background + tuple(
        step for child in children if "background" in child for step in child["background"]["steps"]
    )
    for child in children:
        if "rule" in child:
            yield from scenarios(child["rule"]["children"], steps)
        elif "scenario" in child:
            yield child["scenario"], steps


def rules(children: list[dict]) -> Iterator[dict]:
    for child in children:
        if "rule" in child:
            yield child["rule"]


def step_findings(scenario: dict) -> Iterator[tuple[int, str]]:
    line = scenario["location"]["line"]
    kinds: list[str] = []
    for step in scenario["steps"]:
        kind = step["keywordType"]
        if kind != "Conjunction":
            kinds.append(kind)
        if len(QUOTE.sub('""', step["text"])) > STEP_MAX:
            yield step["location"]["line"], f"GL05 step longer than {STEP_MAX} characters"
    ranks = [ORDER[k] for k in kinds if k in ORDER]
    if ranks != sorted(ranks) or len(set(kinds)) != len(kinds):
        yield line, "GL03 Given, When and Then out of order or repeated: " + "/".join(kinds)
    if "Outcome" in kinds and "Action" not in kinds:
        yield line, "GL04 a Then with no When"


def outline_findings(scenario: dict) -> Iterator[tuple[int, str]]:
    if not scenario["examples"]:
        return
    texts = [scenario["name"]] + [s["text"] for s in scenario["steps"]]
    for step in scenario["steps"]:
        argument = step.get("dataTable") or {}
        texts += [c["value"] for row in argument.get("rows", []) for c in row["cells"]]
        texts.append((step.get("docString") or {}).get("content", ""))
    used = {name for text in texts for name in PLACEHOLDER.findall(text)}
    for examples in scenario["examples"]:
        header = examples.get("tableHeader")
        columns = {c["value"] for c in header["cells"]} if header else set()
        line = examples["location"]["line"]
        for missing in sorted(used - columns):
            yield line, f"GL07 examples without a column for <{missing}>"
        for unused in sorted(columns - used):
            yield line, f"GL07 column {unused!r} not used by the outline"
        if not examples.get("tableBody"):
            yield line, "GL07 examples without rows"


def document_findings(document: dict) -> Iterator[tuple[int, str]]:
    feature = document.get("feature")
    if feature is None:
        return
    if not feature["name"].strip():
        yield feature["location"]["line"], "GL01 a feature without a name"
    for rule in rules(feature["children"]):
        if not rule["name"].strip():
            yield rule["location"]["line"], "GL01 a rule without a name"
    seen: dict[str, int] = {}
    all_scenarios = [scenario for scenario, _ in scenarios(feature["children"])]
    for scenario in all_scenarios:
        line, name = scenario["location"]["line"], scenario["name"].strip()
        if not name:
            yield line, "GL01 a scenario without a name"
        elif name in seen:
            yield line, f"GL02 the same name as the scenario at line {seen[name]}"
        seen.setdefault(name, line)
        if len(name) > NAME_MAX:
            yield line, f"GL05 a name longer than {NAME_MAX} characters ({len(name)})"
        yield from step_findings(scenario)
        yield from outline_findings(scenario)
    if len(all_scenarios) > SCENARIOS_MAX:
        yield 1, f"GL06 {len(all_scenarios)} scenarios in one file (at most {SCENARIOS_MAX})"


def step_lines(steps: list[dict], row: dict[str, str]) -> tuple[str, ...]:
    """The steps as they run for one row of examples: keyword, text, table and doc string."""
    lines = []
    for step in steps:
        table = (step.get("dataTable") or {}).get("rows", [])
        parts = [step["text"], *(c["value"] for r in table for c in r["cells"])]
        parts.append((step.get("docString") or {}).get("content", ""))
        line = "\x1f".join(parts)
        for name, value in row.items():
            line = line.replace(f"<{name}>", value)
        lines.append(f"{step['keywordType']} {line}")
    return tuple(lines)


def example_rows(scenario: dict) -> list[tuple[int, dict[str, str]]]:
    """The rows of a scenario's examples, as their line and values by column; one for a scenario."""
    rows = []
    for table in scenario["examples"]:
        names = [cell["value"] for cell in (table.get("tableHeader") or {}).get("cells", [])]
        for row in table.get("tableBody", []):
            values = [cell["value"] for cell in row["cells"]]
            rows.append((row["location"]["line"], dict(zip(names, values, strict=True))))
    return rows or [(scenario["location"]["line"], {})]


def example_runs(document: dict) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Each example of a document, as its line and the steps it runs (backgrounds included)."""
    feature = document.get("feature") or {"children": []}
    for scenario, background in scenarios(feature["children"]):
        for line, row in example_rows(scenario):
            yield line, step_lines([*background, *scenario["steps"]], row)


def repeat_findings(documents: dict[Path, dict]) -> Iterator[tuple[Path, int, str]]:
    first: dict[tuple[str, ...], tuple[Path, int]] = {}
    for path, document in documents.items():
        for line, run in example_runs(document):
            if run in first:
                where, at = first[run]
                yield path, line, f"GL10 the same steps as the example at {where}:{at}"
            first.setdefault(run, (path, line))


def text_findings(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line != line.rstrip() or "\t" in line:
            yield number, "GL09 a trailing space or a tab"
        if not line.lstrip().startswith("#") and (match := VARIABLE.search(line)):
            yield number, f"GL08 the environment variable {match.group()} in an analyst's text"


def lint(*paths: Path) -> list[str]:
    """The findings of feature files, as `file:line: message`: files in the order given, lines
    in order within each; NotGherkin for a file the parser refuses, before any finding."""
    documents, found = {}, {}
    for path in paths:
        text, documents[path] = parse(path)
        found[path] = [*document_findings(documents[path]), *text_findings(text)]
    for path, line, message in repeat_findings(documents):
        found[path].append((line, message))
    return [
        f"{path}:{line}: {message}"
        for path in found
        for line, message in sorted(found[path], key=lambda finding: finding[0])
    ]


def feature_files(arguments: list[str]) -> list[Path]:
    files: list[Path] = []
    for argument in arguments or ["features"]:
        path = Path(argument)
        if path.is_dir():
            files += sorted(path.rglob("*.feature"))
        elif path.is_file():
            files.append(path)
        else:
            raise SystemExit(f"resetspec.lint.gherkin: no feature file or folder at {path}")
    return files


def main(argv: list[str] | None = None) -> int:
    paths = feature_files(sys.argv[1:] if argv is None else argv)
    try:
        findings = lint(*paths)
    except NotGherkin as error:
        print(error, file=sys.stderr)
        return 2
    print("\n".join(findings) if findings else "gherkin: no finding")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
