"""The page's own words for the mechanical mutation score, in both languages."""

from __future__ import annotations

# The mechanical mutation score (resetspec mutants --mechanical), beside the kill matrix.
WORDS = {
    "en": {
        "mechanical": "Mechanical mutants (cosmic-ray)",
        "mechanical_intro": (
            "cosmic-ray changed the reference application's rule-bearing code one operator at a"
            " time; the features of the rules each module bears ran against every change. A"
            " survivor is either a missing example or an equivalent mutant, reviewed in"
            " mutation/equivalents.toml."
        ),
        "mechanical_summary": (
            "{percent} of {judged} non-equivalent mutants killed ({killed} killed, {survived}"
            " survived, {equivalent} equivalent, {arid} arid or out of scope), commit {commit},"
            " {minutes:.0f} min."
        ),
        "mech_module": "Module",
        "mech_killed": "killed",
        "mech_survived_n": "survived",
        "mech_equivalent": "equivalent",
        "mech_score": "score",
        "mechanical_rule": (
            "Mechanical mutants of this rule's code: {percent} killed ({killed} of {judged})."
        ),
    },
    "fr": {
        "mechanical": "Mutants mécaniques (cosmic-ray)",
        "mechanical_intro": (
            "cosmic-ray a modifié le code de l'application de référence qui porte les règles, un"
            " opérateur à la fois ; les exemples des règles de chaque module ont tourné contre"
            " chaque modification. Un survivant est un exemple manquant ou un mutant équivalent,"
            " revu dans mutation/equivalents.toml."
        ),
        "mechanical_summary": (
            "{percent} des {judged} mutants non équivalents tués ({killed} tués, {survived}"
            " survivants, {equivalent} équivalents, {arid} arides ou hors périmètre), commit"
            " {commit}, {minutes:.0f} min."
        ),
        "mech_module": "Module",
        "mech_killed": "tués",
        "mech_survived_n": "survivants",
        "mech_equivalent": "équivalents",
        "mech_score": "score",
        "mechanical_rule": (
            "Mutants mécaniques du code de cette règle : {percent} tués ({killed} sur {judged})."
        ),
    },
}
