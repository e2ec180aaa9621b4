"""The page's own words (its chrome) in French or English; the guide's quotes are never touched."""

from __future__ import annotations

from resetspec.livingdoc import chrome_conformance, chrome_guide, chrome_mechanical

LANGS = ("fr", "en")

EN = {
    "title": "Living documentation: “Mot de passe oublié”",
    "intro": (
        "The specification of the procedure as the FOCUS guide “Resetting Forgotten Password”"
        " tells it, rule by rule, each illustrated by examples and their latest result."
    ),
    "run": "Results of the run started {started}, finished {finished} (workers: {workers}).",
    "dry_run": "Nothing has been run: this is the specification alone, every example “not run”.",
    "passed": "passed",
    "failed": "failed",
    "skipped": "skipped",
    "untested": "not run",
    "contents": "Contents",
    "failures": "Failures",
    "no_failures": "No example failed.",
    "coverage": "Coverage by rule",
    "coverage_intro": (
        "Every rule of the catalogue and how many of its examples are in each state."
        " Rules with no example, or none passing, are marked."
    ),
    "questions": "Open questions",
    "deviations": "Deviations from standards",
    "none": "None.",
    "question": "Question",
    "deviation": "Deviation",
    "map": "Example map",
    "filters": "Filters",
    "status": "Status",
    "tag": "Tag",
    "all_tags": "All tags",
    "search": "Search",
    "search_hint": "words of a rule, an example or a step",
    "shown": "{shown} of {total} examples shown",
    "rule": "Rule",
    "rules": "Rules",
    "total": "Total",
    "feature": "Feature",
    "no_example": "no example",
    "none_passing": "none passing",
    "example_row": "Example row",
    "skipped_because": "Skipped: {reason}",
    "skipped_no_reason": "Skipped (no reason given).",
    "failing_step": "Failing step",
    "error": "Error",
    "final_screen": "Final screen of “{name}”",
    "failure_screen": "Screen at the failure of “{name}”",
    "enlarge": "Enlarge",
    "close": "Close",
    "viewer": "Screenshot",
    "trace": "Playwright trace",
    "page_html": "The page's HTML at the failure",
    "trace_hint": "Open it, from the checkout, with",
    "duration": "{seconds} s",
    "chapter_hardening": "Hardening: rules beyond the guide",
    "chapter_other": "Other examples",
    "in_example": "in the example",
    "unmatched": "Results with no matching example in the specification (stale results?): {ids}",
    "skip_link": "Skip to the rules",
    "teeth": "Does the specification have teeth? Rule mutants",
    "teeth_intro": (
        "Each mutant is the reference application with exactly one rule broken"
        " (RESETSPEC_FAULTS). A mutant is killed when an example of its rule fails against it"
        " that passes against the unbroken application; a surviving mutant is a hole in the"
        " specification."
    ),
    "teeth_summary": "{total} mutants: {killed} killed, {survived} survived, {error} unknown.",
    "teeth_written": "Matrix written {written} on commit {commit}.",
    "teeth_none": (
        "No kill matrix in reports/mutants/kill-matrix.json. `resetspec mutants` (`make"
        " mutants`, about 11 minutes on 2 cores) writes it, running each rule mutant of the"
        " reference application against its rule; the README gives the last one's result."
        " `resetspec doc --mutants FILE` shows one made elsewhere (a CI artifact)."
    ),
    "mutant": "Mutant",
    "breaks": "What it breaks",
    "verdict": "Verdict",
    "killed_by": "Killed by",
    "by": "by",
    "verdict_killed": "killed",
    "verdict_survived": "survived",
    "verdict_error": "unknown",
    "rule_mutants": "Mutants of this rule",
    "no_mutant": "No mutant breaks this rule: nothing shows that its examples would notice.",
    "colon": ":",
    "quote_open": "“",
    "quote_close": "”",
}

FR = {
    "title": "Documentation vivante : « Mot de passe oublié »",
    "intro": (
        "La spécification de la procédure telle que la raconte le guide FOCUS « Resetting"
        " Forgotten Password », règle par règle, chacune illustrée d'exemples et de leur"
        " dernier résultat."
    ),
    "run": "Résultats de l'exécution commencée le {started}, finie le {finished}"
    " (exécutants : {workers}).",
    "dry_run": (
        "Rien n'a été exécuté : voici la spécification seule, chaque exemple « non exécuté »."
    ),
    "passed": "réussi",
    "failed": "échoué",
    "skipped": "ignoré",
    "untested": "non exécuté",
    "contents": "Sommaire",
    "failures": "Échecs",
    "no_failures": "Aucun exemple n'a échoué.",
    "coverage": "Couverture par règle",
    "coverage_intro": (
        "Chaque règle du catalogue et le nombre de ses exemples dans chaque état. Les règles"
        " sans exemple, ou sans exemple réussi, sont signalées."
    ),
    "questions": "Questions ouvertes",
    "deviations": "Écarts aux normes",
    "none": "Aucune.",
    "question": "Question",
    "deviation": "Écart",
    "map": "Carte des exemples",
    "filters": "Filtres",
    "status": "Statut",
    "tag": "Étiquette",
    "all_tags": "Toutes les étiquettes",
    "search": "Rechercher",
    "search_hint": "mots d'une règle, d'un exemple ou d'une étape",
    "shown": "{shown} exemples affichés sur {total}",
    "rule": "Règle",
    "rules": "Règles",
    "total": "Total",
    "feature": "Fonctionnalité",
    "no_example": "aucun exemple",
    "none_passing": "aucun réussi",
    "example_row": "Ligne d'exemple",
    "skipped_because": "Ignoré : {reason}",
    "skipped_no_reason": "Ignoré (sans raison donnée).",
    "failing_step": "Étape en échec",
    "error": "Erreur",
    "final_screen": "Écran final de « {name} »",
    "failure_screen": "Écran au moment de l'échec de « {name} »",
    "enlarge": "Agrandir",
    "close": "Fermer",
    "viewer": "Capture d'écran",
    "trace": "Trace Playwright",
    "page_html": "Le HTML de la page au moment de l'échec",
    "trace_hint": "Ouvrez-la, depuis la copie du dépôt, avec",
    "duration": "{seconds} s",
    "chapter_hardening": "Durcissement : règles au-delà du guide",
    "chapter_other": "Autres exemples",
    "in_example": "dans l'exemple",
    "unmatched": "Résultats sans exemple correspondant dans la spécification (périmés ?) : {ids}",
    "skip_link": "Aller aux règles",
    "teeth": "La spécification a-t-elle des dents ? Mutants des règles",
    "teeth_intro": (
        "Chaque mutant est l'application de référence avec une seule règle cassée"
        " (RESETSPEC_FAULTS). Un mutant est tué quand un exemple de sa règle échoue contre lui"
        " alors qu'il réussit contre l'application intacte ; un mutant survivant est un trou"
        " dans la spécification."
    ),
    "teeth_summary": (
        "{total} mutants : {killed} tués, {survived} survivants, {error} indéterminés."
    ),
    "teeth_written": "Matrice écrite le {written}, commit {commit}.",
    "teeth_none": (
        "Pas de matrice dans reports/mutants/kill-matrix.json. `resetspec mutants` (`make"
        " mutants`, environ 11 minutes sur 2 cœurs) l'écrit en lançant chaque mutant de"
        " l'application de référence contre sa règle ; le README donne le résultat du dernier."
        " `resetspec doc --mutants FICHIER` en montre une faite ailleurs (un artefact de CI)."
    ),
    "mutant": "Mutant",
    "breaks": "Ce qu'il casse",
    "verdict": "Verdict",
    "killed_by": "Tué par",
    "by": "par",
    "verdict_killed": "tué",
    "verdict_survived": "survivant",
    "verdict_error": "indéterminé",
    "rule_mutants": "Mutants de cette règle",
    "no_mutant": (
        "Aucun mutant ne casse cette règle : rien ne montre que ses exemples le verraient."
    ),
    "colon": " :",
    "quote_open": "« ",
    "quote_close": " »",
}

CHROME = {"en": EN, "fr": FR}


def chrome(lang: str) -> dict[str, str]:
    if lang not in CHROME:
        raise ValueError(f"language {lang!r} is not offered; use one of {', '.join(LANGS)}")
    return {
        **CHROME[lang],
        **chrome_guide.WORDS[lang],
        **chrome_mechanical.WORDS[lang],
        **chrome_conformance.WORDS[lang],
    }
