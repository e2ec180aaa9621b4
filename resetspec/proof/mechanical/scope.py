"""The committed inputs of mechanical mutation testing: what is mutated, and what is equivalent.

`mutation/scope.toml` names each rule-bearing module with the rules its code bears (and, per
function, for the score per rule); `mutation/equivalents.toml` lists the surviving mutants a
reviewer agreed change nothing the procedure promises, each with its one-line reason.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCOPE = ROOT / "mutation" / "scope.toml"
EQUIVALENTS = ROOT / "mutation" / "equivalents.toml"
RULE_IDS = {f"G{n:02d}" for n in range(1, 19)} | {f"H{n:02d}" for n in range(1, 13)}


class ScopeError(ValueError):
    """A scope or equivalents file the tool cannot use; the message names the key."""


@dataclass(frozen=True)
class Module:
    """One module to mutate and the rules whose examples judge its mutants."""

    path: str
    rules: tuple[str, ...]
    browser: bool = False
    functions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # functions not mutated, each with the reason a reviewer checks: what they do is no rule
    skip: dict[str, str] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.path.removesuffix(".py").replace("/", ".")

    def rules_of(self, function: str | None) -> tuple[str, ...]:
        """The rules a mutant in this function bears (the module's when the function is not
        named, e.g. a constant at the top of the module)."""
        return self.functions.get(function or "", self.rules)

    def tags(self, browser_only: bool) -> str:
        """behave's tag expression for this module's examples through one driver."""
        rules = " or ".join(f"@{rule}" for rule in self.rules)
        only = "" if browser_only else "not "
        return f"({rules}) and {only}@browser-only and not @wip"


@dataclass(frozen=True)
class Equivalent:
    """A mutant that changes nothing the procedure promises: the line, its mutant, why."""

    module: str
    line: str
    mutated: str
    reason: str

    def key(self) -> tuple[str, str, str]:
        return (self.module, self.line.strip(), self.mutated.strip())

    @property
    def any_mutant(self) -> bool:
        """``mutated = "*"``: every mutant of the line is equivalent, for the one reason."""
        return self.mutated.strip() == ANY


ANY = "*"


def equivalent_for(
    known: dict[tuple[str, str, str], Equivalent], module: str, line: str, mutated: str
) -> Equivalent | None:
    """The reviewed entry for this mutant: its own, or one for any mutant of its line."""
    line, mutated = line.strip(), mutated.strip()
    return known.get((module, line, mutated)) or known.get((module, line, ANY))


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ScopeError(f"{path}: cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ScopeError(f"{path}: not valid TOML ({exc})") from None


def _rules(where: str, raw: object) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(r, str) for r in raw):
        raise ScopeError(f"{where}: a non-empty list of rule ids is required")
    unknown = sorted(set(raw) - RULE_IDS)
    if unknown:
        raise ScopeError(f"{where}: unknown rule ids {', '.join(unknown)}")
    return tuple(raw)


def load_scope(path: Path = SCOPE, root: Path = ROOT) -> list[Module]:
    """The modules of the scope file, checked: each exists and names known rules."""
    table = _read(path).get("modules")
    if not isinstance(table, dict) or not table:
        raise ScopeError(f'{path}: no [modules."<path>"] table')
    modules = []
    for name, entry in table.items():
        where = f"{path.name}: modules.{name!r}"
        if not (root / name).is_file():
            raise ScopeError(f"{where}: no such file in the checkout")
        if not isinstance(entry, dict):
            raise ScopeError(f"{where}: a table is required")
        unknown = sorted(set(entry) - {"rules", "browser", "functions", "skip"})
        if unknown:
            raise ScopeError(f"{where}: unknown keys {', '.join(unknown)}")
        functions = entry.get("functions", {})
        if not isinstance(functions, dict):
            raise ScopeError(f"{where}.functions: a table of function = [rules] is required")
        skip = entry.get("skip", {})
        if not isinstance(skip, dict) or not all(
            isinstance(r, str) and r.strip() for r in skip.values()
        ):
            raise ScopeError(f'{where}.skip: a table of function = "reason" is required')
        browser = entry.get("browser", False)
        if not isinstance(browser, bool):
            raise ScopeError(f"{where}.browser: true or false is required")
        modules.append(
            Module(
                path=name,
                rules=_rules(f"{where}.rules", entry.get("rules")),
                browser=browser,
                functions={f: _rules(f"{where}.functions.{f}", r) for f, r in functions.items()},
                skip=dict(skip),
            )
        )
    return modules


def load_equivalents(path: Path = EQUIVALENTS) -> dict[tuple[str, str, str], Equivalent]:
    """The reviewed equivalent mutants, by (module, line, mutated line); none if no file."""
    if not path.exists():
        return {}
    entries = _read(path).get("equivalent", [])
    if not isinstance(entries, list):
        raise ScopeError(f"{path.name}: [[equivalent]] entries are required")
    found: dict[tuple[str, str, str], Equivalent] = {}
    for number, entry in enumerate(entries, 1):
        where = f"{path.name}: equivalent #{number}"
        missing = [k for k in ("module", "line", "mutated", "reason") if not entry.get(k)]
        if missing:
            raise ScopeError(f"{where}: missing {', '.join(missing)}")
        equivalent = Equivalent(entry["module"], entry["line"], entry["mutated"], entry["reason"])
        found[equivalent.key()] = equivalent
    return found
