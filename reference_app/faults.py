"""Rule mutants: switches that each break one catalogue rule, to prove the spec notices.

Off unless `RESETSPEC_FAULTS=name[,name…]`; unknown names and production mode are refused at
start-up (config.py). Each switch is one branch at the point of its rule, marked `# FAULT`, so
`grep -n "FAULT" reference_app` lists every place a mutant can change the app.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app, has_app_context


@dataclass(frozen=True)
class Fault:
    """One mutant: the catalogue rule it breaks and what it does."""

    name: str
    rule: str
    description: str
    # pytest tests run against the mutant too, where the journey cannot reach the rule or
    # checks it too weakly (None: the rule's scenarios alone).
    pytest: str | None = None


CATALOGUE: tuple[Fault, ...] = (
    Fault("login_ignores_password", "G01", "any password opens a known account's space"),
    Fault("no_forgot_link", "G02", 'the login page has no "Mot de passe oublié" link'),
    Fault("skip_captcha_check", "G03", "step 1 accepts any CAPTCHA characters"),
    Fault("accept_malformed_email", "G03", "step 1 accepts an address without a domain"),
    Fault("wrong_question_shown", "G04", "step 2 shows another question than the account's"),
    Fault("any_answer_accepted", "G04", "any answer opens step 3 for a known account"),
    Fault("answer_case_sensitive", "G04", "the answer is compared case-sensitively"),
    Fault("confirmation_ignored", "G05", "step 3 does not compare the confirmation"),
    Fault("accept_accent", "G06", "a password with an accent is accepted"),
    Fault("accept_space", "G06", "a password with a space is accepted"),
    Fault("accept_letters_only", "G06", "a password of letters only is accepted"),
    Fault("accept_19_chars", "G07", "a password of 19 characters is accepted"),
    Fault("accept_last_password", "G08", "the password in use can be chosen again"),
    Fault("summary_without_link", "G09", 'the summary lacks "Accédez à vos services en ligne"'),
    Fault("summary_without_mail_sentence", "G09", "the summary does not announce the mail"),
    Fault("expiry_one_day_off", "G10", "the validity date is one day late"),
    Fault("no_mail", "G11", "no confirmation mail is queued"),
    Fault("mail_contains_password", "G11", "the confirmation mail holds the new password"),
    Fault("wrong_sender", "G11", "the mail comes from a reply-able address"),
    Fault("old_password_still_works", "G12", "the previous password still logs in"),
    Fault("companies_dropped_after_reset", "G12", "a reset drops the account's companies"),
    Fault("no_help_link_on_steps", "G13", "the procedure's pages do not link to the help"),
    Fault("fallback_list_missing", "G13", "the help page lacks the guide's fallback list"),
    Fault("support_sees_answer", "G14", "support's lookup shows the security answer"),
    Fault("hotline_open_weekends", "G15", "the hotline is said open on Saturdays and Sundays"),
    Fault("hotline_hours_wrong", "G15", "the hotline is said open until 20:30"),
    Fault("recommendations_missing", "G16", 'the "?" dialog lacks the recommendations'),
    Fault("trail_missing_step", "G17", 'the trail leaves out "Récapitulatif"'),
    Fault("wrong_trail_step", "G17", "the trail marks the previous step as the current one"),
    Fault("previous_goes_to_step1", "G17", '"Etape précédente" on step 3 goes to step 1'),
    Fault("details_without_subscriber_number", "G18", "the details page omits the N° d'abonné"),
    Fault("captcha_reusable", "H01", "a CAPTCHA can be answered more than once"),
    Fault("change_image_keeps_old", "H01", '"Changer l\'image" leaves the old CAPTCHA alive'),
    Fault("captcha_never_expires", "H01", "a CAPTCHA never expires"),
    Fault("lockout_too_early", "H02", "the fourth wrong answer already blocks the reset"),
    Fault("lockout_blocks_login", "H02", "a blocked reset also refuses the login"),
    Fault("no_lockout", "H02", "wrong answers never block the reset"),
    Fault("unknown_address_distinguishable", "H03", "an unknown address is told so at step 1"),
    Fault("replay_completed", "H04", "a completed procedure stays at step 3 and can be replayed"),
    Fault("step3_without_step2", "H04", "step 3 opens straight after step 1"),
    Fault("wizard_never_expires", "H04", "an idle procedure never expires"),
    Fault("reset_logs_in", "H05", "a reset opens a login session in the space"),
    Fault("sessions_survive_reset", "H05", "a reset leaves the account's sessions open"),
    Fault("password_field_visible", "H06", "the new password is typed in clear"),
    Fault("answer_echoed", "H06", "step 3 shows the answer back, as the guide's screen does"),
    Fault("password_logged", "H06", "the new password is written to the log"),
    Fault("no_csrf", "H07", "the procedure's forms need no anti-forgery token"),
    Fault("wizard_pages_cacheable", "H07", "the procedure's pages may be cached"),
    Fault("no_rate_limit", "H08", "step 1 is not rate-limited"),
    Fault(
        "mail_duplicated_after_outage",
        "H09",
        "a refused mail is queued again: two arrive",
        # The journey counts the mails as the first arrives; the second comes a poll later.
        pytest="tests/app/test_mail.py::test_temporary_refusal_is_retried",
    ),
    Fault("mail_lost_when_smtp_down", "H09", "a mail the server turned away is dropped"),
    Fault("expired_password_accepted", "H10", "an expired password still logs in"),
    Fault("missing_label", "H11", "the form fields have no label"),
    Fault(
        "hooks_on_by_default",
        "H12",
        "the test-control hooks are on unless turned off",
        # The journey starts its "defaults" app without any RESETSPEC_* variable, faults
        # included, so only a pytest test can see this one.
        pytest="tests/app/test_hooks_off_by_default.py",
    ),
)

BY_NAME = {fault.name: fault for fault in CATALOGUE}


class UnknownFault(ValueError):
    """A name in RESETSPEC_FAULTS that the catalogue lacks."""


def parse(raw: str) -> frozenset[str]:
    """Read `name[,name…]`; raise ValueError naming the known faults on an unknown one."""
    names = frozenset(part.strip() for part in raw.split(",") if part.strip())
    unknown = sorted(names - BY_NAME.keys())
    if unknown:
        raise UnknownFault(f"unknown fault {', '.join(unknown)}; known: {', '.join(BY_NAME)}")
    return names


def active(name: str) -> bool:
    """Tell whether this fault is switched on for the current app."""
    if name not in BY_NAME:
        raise KeyError(f"{name} is not in the fault catalogue")  # a typo must not go silent
    return has_app_context() and name in current_app.config.get("FAULTS", ())
