"""The four-step "Mot de passe oublié" wizard."""

from __future__ import annotations

import re
from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from .. import (
    accounts,
    captchas,
    faults,
    lockout,
    login_sessions,
    mailer,
    messages,
    password_policy,
    wizard,
)
from ..db import get_db
from ..models import Account, WizardState
from . import captcha

bp = Blueprint("reset", __name__, url_prefix="/mot-de-passe-oublie")

SUMMARY_KEY = "reset_summary"
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
STEP_ENDPOINTS = {
    wizard.ANSWER: "reset.answer",
    wizard.PASSWORD: "reset.new_password",
}
Errors = dict[str, list[str]]


def limit_step1(app: Flask) -> None:
    """Rate-limit step 1 submissions per client, at the configured rate."""
    if "no_rate_limit" in app.config["FAULTS"]:  # FAULT H08
        return
    limiter = app.extensions["limiter"]
    endpoint = "reset.submit_address"  # the POST alone: showing step 1 costs no budget
    app.view_functions[endpoint] = limiter.limit(app.config["STEP1_RATE_LIMIT"])(
        app.view_functions[endpoint]
    )


def _render(template: str, **context: Any) -> str:
    return render_template(f"reset/{template}", errors=context.pop("errors", {}), **context)


def _restart() -> Response:
    """Send the visitor back to step 1, saying the request expired or was incomplete."""
    flash(messages.WIZARD_EXPIRED)
    return redirect(url_for("reset.address"))


def _blocked() -> Response:
    return redirect(url_for("help.page", motif="blocage"))


def _at_step(step: int) -> WizardState | Response:
    """Return the live wizard if it stands at this step; otherwise send the visitor to step 1."""
    state = wizard.current(get_db())
    if state is None:
        get_db().commit()
        return _restart()
    # FAULT H04: step3_without_step2 lets the answer be skipped
    answer_skipped = state.step == wizard.ANSWER and step == wizard.PASSWORD
    if faults.active("step3_without_step2") and answer_skipped:
        return state
    if state.step != step:
        # Skipping ahead or replaying a step ends the procedure: it starts over (contract).
        wizard.destroy(get_db())
        get_db().commit()
        return _restart()
    return state


def _address_page(email: str = "", errors: Errors | None = None) -> str:
    captcha_id = captcha.new_for_visitor()
    get_db().commit()
    return _render("address.html", email=email, captcha_id=captcha_id, errors=errors or {})


@bp.get("/adresse")
def address() -> str:
    """Step 1: the login address and the CAPTCHA."""
    return _address_page()


@bp.post("/adresse")
def submit_address() -> str | Response:
    """Step 1 submitted: check the address and the CAPTCHA, then find the account."""
    db = get_db()
    email = request.form.get("email", "").strip()
    errors: Errors = {}
    if not email:
        errors["email"] = [messages.EMAIL_MISSING]
    elif len(email) > 254 or not EMAIL_PATTERN.match(email):
        errors["email"] = [messages.EMAIL_INVALID]
        if faults.active("accept_malformed_email"):  # FAULT G03
            del errors["email"]
    typed = request.form.get("captcha", "")
    captcha_ok = captchas.consume(db, session.pop(captcha.SESSION_KEY, None), typed)
    if not captcha_ok and faults.active("change_image_keeps_old"):  # FAULT H01
        captcha_ok = captchas.consume(db, session.pop(captcha.PREVIOUS_KEY, None), typed)
    if not captcha_ok and not faults.active("skip_captcha_check"):  # FAULT G03
        errors["captcha"] = [messages.CAPTCHA_WRONG]
    if errors:
        return _address_page(email, errors)
    if lockout.is_locked(db, email):
        db.commit()
        return _blocked()
    account = accounts.find(db, email)
    if account is None and faults.active("unknown_address_distinguishable"):  # FAULT H03
        return _address_page(email, {"email": ["Aucun compte ne correspond à cette adresse."]})
    wizard.start(db, email, account)
    session.pop(SUMMARY_KEY, None)
    db.commit()
    return redirect(url_for("reset.answer"))


@bp.get("/question")
def answer() -> str | Response:
    """Step 2: the security question."""
    state = _at_step(wizard.ANSWER)
    if not isinstance(state, WizardState):
        return state
    return _render("answer.html", state=state)


@bp.post("/question")
def submit_answer() -> str | Response:
    """Step 2 submitted: the answer to the security question."""
    state = _at_step(wizard.ANSWER)
    if not isinstance(state, WizardState):
        return state
    db = get_db()
    typed = request.form.get("answer", "")
    if not typed.strip():
        return _render("answer.html", state=state, errors={"answer": [messages.ANSWER_MISSING]})
    if lockout.is_locked(db, state.email):
        wizard.destroy(db)
        db.commit()
        return _blocked()
    account = db.get(Account, state.account_id) if state.account_id else None
    if accounts.check_answer(account, typed):
        lockout.clear(db, state.email)
        if faults.active("answer_echoed"):  # FAULT H06: the guide's step 3 echoes the answer
            session["echoed_answer"] = typed
        wizard.move(state, wizard.PASSWORD)
        db.commit()
        return redirect(url_for("reset.new_password"))
    if lockout.record_failure(db, state.email):
        wizard.destroy(db)
        db.commit()
        return _blocked()
    wizard.move(state, wizard.ANSWER)
    db.commit()
    return _render("answer.html", state=state, errors={"answer": [messages.ANSWER_WRONG]})


@bp.get("/nouveau-mot-de-passe")
def new_password() -> str | Response:
    """Step 3: the new password, twice."""
    state = _at_step(wizard.PASSWORD)
    if not isinstance(state, WizardState):
        return state
    return _render("password.html", state=state, strength="Faible")


@bp.post("/nouveau-mot-de-passe")
def submit_new_password() -> str | Response:
    """Step 3 submitted: the new password and its confirmation."""
    state = _at_step(wizard.PASSWORD)
    if not isinstance(state, WizardState):
        return state
    db = get_db()
    account = db.get(Account, state.account_id) if state.account_id else None
    if account is None:  # an unknown address never gets past step 2; be sure of it
        abort(409)
    password = request.form.get("password", "")
    confirmation = request.form.get("confirmation", "")
    if faults.active("confirmation_ignored"):  # FAULT G05
        confirmation = password
    if faults.active("password_logged"):  # FAULT H06
        current_app.logger.warning("new password chosen: %s", password)
    reused = bool(password) and accounts.is_last_password(account, password)
    reused = reused and not faults.active("accept_last_password")  # FAULT G08
    problems = password_policy.violations(password, confirmation, same_as_last=reused)
    if problems:
        wizard.move(state, wizard.PASSWORD)
        db.commit()
        # The fields come back empty (a password is never sent back), so their level is the
        # empty field's; the page's script measures what is typed from there.
        errors = _password_errors(problems)
        return _render("password.html", state=state, errors=errors, strength="Faible")
    try:
        accounts.reset_password(db, account, password, state.seen_password_hash or "")
    except accounts.PasswordChangedMeanwhile:
        # Another browser's reset of this account won the race: this procedure is stale.
        db.rollback()
        wizard.destroy(db)
        db.commit()
        return _restart()
    if faults.active("reset_logs_in"):  # FAULT H05
        login_sessions.start(db, account)
    if not faults.active("replay_completed"):  # FAULT H04 when kept
        wizard.destroy(db)
    db.commit()
    mailer.wake()
    session[SUMMARY_KEY] = accounts.validity_text(account)
    return redirect(url_for("reset.summary"))


def _password_errors(problems: list[str]) -> Errors:
    errors: Errors = {}
    for problem in problems:
        field = "confirmation" if problem == messages.CONFIRMATION_MISMATCH else "password"
        errors.setdefault(field, []).append(problem)
    return errors


@bp.get("/recapitulatif")
def summary() -> str | Response:
    """Step 4: the summary, with the new password's last valid day."""
    valid_until = session.get(SUMMARY_KEY)
    if not valid_until:
        return _restart()
    return _render("summary.html", valid_until=valid_until)


@bp.post("/etape-precedente")
def previous() -> Response:
    """Go back one step; from step 2 that means starting over at step 1."""
    db = get_db()
    state = wizard.current(db)
    if state is None:
        db.commit()
        return _restart()
    if state.step <= wizard.ANSWER or faults.active("previous_goes_to_step1"):  # FAULT G17
        wizard.destroy(db)
        db.commit()
        return redirect(url_for("reset.address"))
    wizard.move(state, state.step - 1)
    db.commit()
    return redirect(url_for(STEP_ENDPOINTS[state.step]))
