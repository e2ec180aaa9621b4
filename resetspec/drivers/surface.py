"""The page vocabulary as data: paths, accessible names, headings, messages, for both drivers.

The reference app's own vocabulary is ``surface.toml`` beside this module, and nowhere else; a
deployment whose pages are worded or placed otherwise gives a file of its own with every key of
that one (``resetspec run --target URL --surface FILE``). No Playwright here: the HTTP driver,
the domain layer and the conformance report read it too.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).with_name("surface.toml")
Value = str | list[str]


class SurfaceError(ValueError):
    """A surface file the harness cannot use; the message names the file and the key."""


@dataclass(frozen=True)
class Section:
    """One page's words: ``surface.login.heading``."""

    # Underscored, so that no key of the vocabulary (``name``, say) is hidden by them.
    _section: str
    _words: dict[str, Value]

    def __getattr__(self, key: str) -> Any:
        words = self.__dict__.get("_words", {})
        if key in words:
            return words[key]
        raise AttributeError(f"surface [{self.__dict__.get('_section')}] has no key {key!r}")


@dataclass(frozen=True)
class Surface:
    """Every page's words, and how to say a reference text in this deployment's words."""

    path: Path
    sections: dict[str, Section]
    rewordings: dict[str, str]

    def __getattr__(self, name: str) -> Section:
        sections = self.__dict__.get("sections", {})
        if name in sections:
            return sections[name]
        raise AttributeError(f"surface has no section [{name}]")

    def say(self, text: str) -> str:
        """The deployment's wording of a text the reference app words ``text``."""
        return self.rewordings.get(text, text)

    def step_names(self) -> tuple[str, ...]:
        return tuple(self.trail.steps)

    def step_paths(self) -> dict[str, str]:
        """Each step of the trail (in this surface's words) and the address that opens it."""
        paths = (self.step1.path, self.step2.path, self.step3.path, self.step4.path)
        return dict(zip(self.step_names(), paths, strict=True))

    def procedure_prefix(self) -> str:
        """What the addresses of the procedure's pages start with (to its last ``/``)."""
        paths = [p.split("?")[0] for p in self.step_paths().values()]
        common = os.path.commonprefix(paths)
        return common[: common.rfind("/") + 1] or "/"

    def field_names(self) -> dict[str, str]:
        """The business names of the fields the features talk about, and their form names."""
        return {
            "address": self.step1.form_email,
            "image": self.step1.form_captcha,
            "answer": self.step2.form_answer,
            "new password": self.step3.form_password,
            "confirmation": self.step3.form_confirmation,
            "login address": self.login.form_email,
            "login password": self.login.form_password,
        }

    def form_data(self, fields: dict[str, str]) -> dict[str, str]:
        """A form's fields by the features' names, as the form would send them (a name the
        vocabulary does not know, a hidden field's say, as it is)."""
        names = self.field_names()
        return {names.get(name, name): value for name, value in fields.items()}

    def form_paths(self) -> dict[str, str]:
        """Where each form the features name is sent (H07's forged requests)."""
        return {
            "login": self.login.path,
            "address": self.step1.path,
            "Changer l'image": self.step1.change_image_path,
            "answer": self.step2.path,
            "Etape précédente": self.step2.previous_path,
            "Quitter": self.login.logout_path,
            "new password": self.step3.path,
        }

    def paths(self) -> dict[str, str]:
        """Every ``*path`` key, as ``section.key``."""
        return {
            f"{name}.{key}": str(value)
            for name, section in self.sections.items()
            for key, value in section._words.items()
            if key.endswith("path")
        }


def read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SurfaceError(f"surface {path}: cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SurfaceError(f"surface {path}: not TOML ({exc})") from None


def checked(path: Path, data: dict[str, Any], reference: dict[str, Any]) -> dict[str, Section]:
    """Every key of the reference file, each of its kind; nothing else."""
    sections = {}
    for name, words in reference.items():
        given = data.get(name)
        if not isinstance(given, dict):
            raise SurfaceError(f"surface {path}: missing section [{name}]")
        for key, model in words.items():
            where = f"surface {path}: [{name}] {key}"
            if key not in given:
                raise SurfaceError(f"{where} is missing")
            value = given[key]
            if isinstance(model, list):
                if not (
                    isinstance(value, list) and value and all(isinstance(v, str) for v in value)
                ):
                    raise SurfaceError(f"{where} must be a list of texts")
                if len(value) != len(model):
                    raise SurfaceError(f"{where} must list {len(model)} texts")
            elif not (isinstance(value, str) and value.strip()):
                raise SurfaceError(f"{where} must be a text that is not empty")
            elif key.endswith("path") and not value.startswith("/"):
                raise SurfaceError(f"{where} must be a path starting with /, not {value!r}")
        unknown = sorted(set(given) - set(words))
        if unknown:
            raise SurfaceError(
                f"surface {path}: [{name}] {unknown[0]} is not a key of the vocabulary"
            )
        sections[name] = Section(name, dict(given))
    extra = sorted(set(data) - set(reference))
    if extra:
        raise SurfaceError(f"surface {path}: [{extra[0]}] is not a section of the vocabulary")
    return sections


def rewordings(reference: dict[str, Any], sections: dict[str, Section]) -> dict[str, str]:
    """Each reference text that this surface words otherwise, and its wording (paths aside)."""
    found: dict[str, str] = {}
    for name, words in reference.items():
        for key, model in words.items():
            value = sections[name]._words[key]
            pairs = zip(model, value, strict=True) if isinstance(model, list) else [(model, value)]
            for ours, theirs in pairs:
                if ours != theirs and not key.endswith("path"):
                    found.setdefault(ours, theirs)
    return found


@cache
def load(path: Path = DEFAULT) -> Surface:
    """The vocabulary of ``path``, checked against the reference app's own file."""
    reference = read(DEFAULT)
    data = reference if path == DEFAULT else read(path)
    sections = checked(path, data, reference)
    return Surface(path, sections, rewordings(reference, sections))


def reference() -> Surface:
    """The reference app's own vocabulary."""
    return load(DEFAULT)
