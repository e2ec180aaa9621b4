"""The page's own words for a target run's conformance report, in both languages."""

from __future__ import annotations

WORDS = {
    "en": {
        "conformance": "Conformance of the target",
        "conformance_intro": (
            "Before any example ran, the harness checked the numbered contract of"
            " docs/architecture.md against {target} (surface file {surface}). An item not met"
            " explains the examples that fail because of it; an item not applicable skips the"
            " examples tagged for it, with the reason."
        ),
        "conformance_summary": "{met} of {total} items met, {not_met} not met.",
        "conf_number": "Item",
        "conf_item": "What was checked",
        "conf_verdict": "Verdict",
        "conf_why": "Why",
        "conf_met": "met",
        "conf_not-met": "not met",
        "conf_not-applicable": "not applicable",
    },
    "fr": {
        "conformance": "Conformité de la cible",
        "conformance_intro": (
            "Avant tout exemple, le banc a vérifié le contrat numéroté de docs/architecture.md"
            " sur {target} (fichier de surface {surface}). Un point non rempli explique les"
            " exemples qui échouent à cause de lui ; un point sans objet écarte les exemples"
            " marqués pour lui, avec la raison."
        ),
        "conformance_summary": "{met} points remplis sur {total}, {not_met} non remplis.",
        "conf_number": "Point",
        "conf_item": "Ce qui a été vérifié",
        "conf_verdict": "Verdict",
        "conf_why": "Pourquoi",
        "conf_met": "rempli",
        "conf_not-met": "non rempli",
        "conf_not-applicable": "sans objet",
    },
}
