"""Surface files: the reference app's vocabulary, and one-line errors naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from resetspec.drivers import surface


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "surface.toml"
    path.write_text(text, encoding="utf-8")
    return path


def reference_text() -> str:
    return surface.DEFAULT.read_text(encoding="utf-8")


def test_the_reference_vocabulary_loads_and_says_nothing_otherwise():
    words = surface.reference()
    assert words.step1.next == "Continuer" and words.trail.name == "Étapes de la procédure"
    assert words.say("Aide") == "Aide" and words.procedure_prefix() == "/mot-de-passe-oublie/"


@pytest.mark.parametrize(
    "change, named",
    [
        (
            lambda t: t.replace('logout_path = "/deconnexion"\n', ""),
            "[login] logout_path is missing",
        ),
        (lambda t: t.replace('path = "/aide"', 'path = "aide"'), "[help] path must be a path"),
        (lambda t: t.replace("[support]", "[support]\ncolour = 'bleu'"), "[support] colour is not"),
        (lambda t: t + "\n[extra]\nkey = 'x'\n", "[extra] is not a section"),
        (lambda t: t.replace('heading = "Aide"', "heading = 3"), "[help] heading must be a text"),
        (lambda t: t.replace("[trail]", "[trail"), "not TOML"),
    ],
)
def test_a_bad_file_gets_one_line_naming_the_key(tmp_path, change, named):
    path = write(tmp_path, change(reference_text()))
    with pytest.raises(surface.SurfaceError) as caught:
        surface.load(path)
    assert named in str(caught.value) and "\n" not in str(caught.value)


def test_a_deployment_that_words_a_message_otherwise_is_read_in_its_words(tmp_path):
    ours = "Veuillez saisir votre adresse électronique de connexion."
    path = write(tmp_path, reference_text().replace(ours, "Indiquez votre adresse."))
    assert surface.load(path).say(ours) == "Indiquez votre adresse."


def test_the_command_line_refuses_a_bad_surface_in_one_line(tmp_path, capsys):
    from resetspec.run.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["run", "--surface", str(write(tmp_path, "[login]\n"))])
    assert stopped.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "[login] path is missing" in err and "\n" not in err
