"""Check the reports against their official schemas; ``python -m resetspec.reports.schema_check``.

Cucumber Messages: every NDJSON line an ``Envelope`` (JSON Schema 2020-12, the files found by
their ``$id``); Cucumber JSON: cucumber-json-schema's canonical schema, the list wrapped as its
converter does; JUnit: the Jenkins xunit plugin's ``junit-10.xsd``. Each check returns the
problems found, one line each; a schema that is missing or unreadable raises a ReportError.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from resetspec.reports.errors import ReportError

SCHEMAS = Path(__file__).resolve().parents[2] / "tests" / "schemas"
CUCUMBER_JSON = SCHEMAS / "cucumber-json" / "canonical.schema.json"
MAX_PROBLEMS = 20


def read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReportError(f"{path}: no {what} there ({exc.strerror})") from None
    except ValueError as exc:
        raise ReportError(f"{path}: not JSON ({exc})") from None


def messages_validator(folder: Path) -> Any:
    """A validator of ``Envelope``, every other schema of the folder registered by its $id."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    schemas = [read_json(p, "schema") for p in sorted(folder.glob("*.schema.json"))]
    envelope = next(
        (s for s in schemas if s.get("$id", "").endswith("/Envelope.schema.json")), None
    )
    if envelope is None:
        raise ReportError(f"{folder}: no Envelope.schema.json there; vendor the Cucumber schemas")
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas)
    return Draft202012Validator(envelope, registry=registry)


def check_messages(path: Path, folder: Path = SCHEMAS / "cucumber-messages") -> list[str]:
    validator = messages_validator(folder)
    problems = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ReportError(f"{path}: cannot read the messages ({exc.strerror})") from None
    for number, line in enumerate(lines, start=1):
        try:
            envelope = json.loads(line)
        except ValueError as exc:
            problems.append(f"{path}:{number}: not JSON ({exc})")
            continue
        problems += [f"{path}:{number}: {e.message}" for e in validator.iter_errors(envelope)]
    return problems[:MAX_PROBLEMS]


def check_cucumber_json(path: Path, schema: Path = CUCUMBER_JSON) -> list[str]:
    from jsonschema import Draft7Validator

    validator = Draft7Validator(read_json(schema, "schema"))
    report = read_json(path, "Cucumber JSON report")
    # The canonical schema describes its converter's {implementation, features}; a report is
    # the bare list of features, as Cucumber's implementations and the importers have it.
    wrapped = {"implementation": "resetspec", "features": report}
    problems = [
        f"{path}: {'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(wrapped)
    ]
    return problems[:MAX_PROBLEMS]


def check_junit(paths: list[Path], xsd: Path = SCHEMAS / "junit" / "junit-10.xsd") -> list[str]:
    from lxml import etree

    try:
        schema = etree.XMLSchema(etree.parse(str(xsd)))
    except (OSError, etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
        raise ReportError(f"{xsd}: not a readable XML schema ({exc})") from None
    problems = []
    for path in paths:
        try:
            document = etree.parse(str(path))
        except (OSError, etree.XMLSyntaxError) as exc:
            problems.append(f"{path}: not XML ({exc})")
            continue
        if not schema.validate(document):
            problems += [f"{path}:{e.line}: {e.message}" for e in schema.error_log]
    return problems[:MAX_PROBLEMS]


def main(argv: list[str] | None = None) -> int:
    """Check a reports folder's Cucumber files and JUnit; 0 when all are valid."""
    args = sys.argv[1:] if argv is None else argv
    reports = Path(args[0]) if args else Path("reports")
    junit = sorted((reports / "junit").glob("*.xml")) + [reports / "junit-rules.xml"]
    try:
        problems = check_messages(reports / "cucumber-messages.ndjson")
        problems += check_cucumber_json(reports / "cucumber.json")
        problems += check_junit(junit)
    except ReportError as exc:
        print(f"schema check: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"schema check: {'invalid' if problems else 'valid'}: {reports}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
