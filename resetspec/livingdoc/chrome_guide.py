"""The page's own words for the guide view, the run-to-run changes and RGAA, in both languages."""

from __future__ import annotations

EN = {
    "guide_view": "The guide, sentence by sentence",
    "guide_link": (
        "The guide, sentence by sentence: {checked} of its {normative} normative"
        " sentences are checked"
    ),
    "guide_summary": (
        "{checked} of the guide's {normative} normative sentences are checked by a rule;"
        " {not_checked} are not checked; {informative} more are informative ({total} in all)."
    ),
    "guide_source": "Read from the guide file",
    "guide_missing": "The guide view is left out: {why}.",
    "legend": "How to read it",
    "legend_checked": "checked: the rules that check the sentence, their result and their mutants",
    "legend_informative": "informative: states nothing a rule could check, and why",
    "legend_not_checked": "not checked: a normative sentence no rule checks yet",
    "state_checked": "checked",
    "state_informative": "informative",
    "state_not-checked": "not checked",
    "checked_by": "checked by",
    "mutants_killed": "mutants {ratio} killed",
    "new_sentence": "new since the guide was last reviewed",
    "drift": "The guide changed since it was last reviewed",
    "drift_intro": (
        "Each line is a problem `resetspec doc --check-guide` reports. Review the rules marked"
        " “to review”, then run `resetspec doc --lock-guide`."
    ),
    "to_review": "to review",
    "to_review_why": "sentences of the guide it checks changed or left it: {ids}",
    "screen_caption": (
        "The guide's screen “{name}” beside the reference application's, from the last run"
    ),
    "transcription": "In the guide",
    "in_the_run": "In the last run",
    "run_screen": (
        "The reference application's screen “{name}”, final screen of the example “{example}”"
    ),
    "shown_by": "shown by",
    "no_screen": "No screenshot of this screen in the last run (a browser run leaves one).",
    "no_mail": "No mail was kept by the last run (the example keeps the first mail it read).",
    "received_mail": "The mail the run received",
    "changes": "Since the last run",
    "changes_none": "Nothing changed since the previous run ({previous}).",
    "changes_first": "No earlier run in the history ({folder}) to compare with.",
    "changes_intro": "Compared with the run of {previous} (commit {commit}):",
    "failed_anew": "failed anew",
    "fixed": "fixed",
    "skipped_anew": "skipped anew",
    "slowed": "slowed by more than half",
    "flaky": "flaky",
    "flaky_note": "failed and passed on the same commit ({commit}): {failed} failed of {runs} runs",
    "history": "Recent runs",
    "history_run": "{when}, commit {commit}: {status}, {seconds} s",
    "rgaa": "Accessibility by RGAA 4.1 criterion",
    "rgaa_intro": (
        "The results of H11's examples (axe-core {engine} on each page) by criterion of the RGAA"
        " 4.1, the French state's reference, from axe-core's RGAA tags. A criterion is only as"
        " covered as axe-core's automatic tests of it: the rest needs a person."
    ),
    "rgaa_none": (
        "No RGAA result: H11's examples leave them in a browser run (axe-core 4.11 or later)."
    ),
    "rgaa_old": "axe-core {engine} has no RGAA tags: 4.11 or later is needed.",
    "criterion": "Criterion",
    "axe_rules": "axe-core rules",
    "rgaa_pass": "conforming",
    "rgaa_fail": "not conforming",
    "rgaa_review": "to check by hand",
    "rgaa_na": "not applicable",
    "page": "Page",
    "rgaa_caption": "RGAA 4.1 criteria tested by axe-core on each page of H11",
}

FR = {
    "guide_view": "Le guide, phrase par phrase",
    "guide_link": (
        "Le guide, phrase par phrase : {checked} de ses {normative} phrases normatives"
        " sont vérifiées"
    ),
    "guide_summary": (
        "{checked} des {normative} phrases normatives du guide sont vérifiées par une règle ;"
        " {not_checked} ne le sont pas ; {informative} autres sont informatives ({total} en tout)."
    ),
    "guide_source": "Lu dans le fichier du guide",
    "guide_missing": "La vue du guide est absente : {why}.",
    "legend": "Comment la lire",
    "legend_checked": "vérifiée : les règles qui la vérifient, leur résultat et leurs mutants",
    "legend_informative": "informative : n'énonce rien qu'une règle puisse vérifier, et pourquoi",
    "legend_not_checked": "non vérifiée : une phrase normative qu'aucune règle ne vérifie encore",
    "state_checked": "vérifiée",
    "state_informative": "informative",
    "state_not-checked": "non vérifiée",
    "checked_by": "vérifiée par",
    "mutants_killed": "mutants {ratio} tués",
    "new_sentence": "nouvelle depuis la dernière revue du guide",
    "drift": "Le guide a changé depuis sa dernière revue",
    "drift_intro": (
        "Chaque ligne est un problème que signale `resetspec doc --check-guide`. Revoyez les"
        " règles marquées « à revoir », puis lancez `resetspec doc --lock-guide`."
    ),
    "to_review": "à revoir",
    "to_review_why": "des phrases du guide qu'elle vérifie ont changé ou disparu : {ids}",
    "screen_caption": (
        "L'écran « {name} » du guide à côté de celui de l'application de référence,"
        " à la dernière exécution"
    ),
    "transcription": "Dans le guide",
    "in_the_run": "À la dernière exécution",
    "run_screen": (
        "L'écran « {name} » de l'application de référence, écran final de l'exemple « {example} »"
    ),
    "shown_by": "montré par",
    "no_screen": (
        "Pas de capture de cet écran à la dernière exécution (une exécution dans le"
        " navigateur en laisse une)."
    ),
    "no_mail": (
        "Aucun courriel gardé par la dernière exécution (l'exemple garde le premier qu'il lit)."
    ),
    "received_mail": "Le courriel reçu par l'exécution",
    "changes": "Depuis la dernière exécution",
    "changes_none": "Rien n'a changé depuis l'exécution précédente ({previous}).",
    "changes_first": "Aucune exécution antérieure dans l'historique ({folder}) pour comparer.",
    "changes_intro": "Par rapport à l'exécution du {previous} (commit {commit}) :",
    "failed_anew": "nouveaux échecs",
    "fixed": "réparés",
    "skipped_anew": "nouvellement ignorés",
    "slowed": "ralentis de plus de moitié",
    "flaky": "instable",
    "flaky_note": (
        "a échoué et réussi sur le même commit ({commit}) : {failed} échecs sur {runs} exécutions"
    ),
    "history": "Exécutions récentes",
    "history_run": "{when}, commit {commit} : {status}, {seconds} s",
    "rgaa": "Accessibilité par critère du RGAA 4.1",
    "rgaa_intro": (
        "Les résultats des exemples de H11 (axe-core {engine} sur chaque page) par critère du"
        " RGAA 4.1, le référentiel de l'État, d'après les étiquettes RGAA d'axe-core. Un critère"
        " n'est couvert que par les tests automatiques qu'axe-core en fait : le reste demande"
        " une personne."
    ),
    "rgaa_none": (
        "Aucun résultat RGAA : les exemples de H11 en laissent lors d'une exécution dans le"
        " navigateur (axe-core 4.11 ou plus récent)."
    ),
    "rgaa_old": "axe-core {engine} n'a pas d'étiquettes RGAA : il faut la version 4.11 ou plus.",
    "criterion": "Critère",
    "axe_rules": "Règles d'axe-core",
    "rgaa_pass": "conforme",
    "rgaa_fail": "non conforme",
    "rgaa_review": "à vérifier à la main",
    "rgaa_na": "non applicable",
    "page": "Page",
    "rgaa_caption": "Critères du RGAA 4.1 testés par axe-core sur chaque page de H11",
}

WORDS = {"en": EN, "fr": FR}
