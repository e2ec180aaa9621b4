"""Support staff: their own login, and a lookup that never shows the answer."""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from sqlalchemy import or_, select
from werkzeug.wrappers import Response

from .. import faults, hashing, messages
from ..db import get_db
from ..identity import normalise_email
from ..models import Account, SupportAgent

bp = Blueprint("support", __name__, url_prefix="/support")

SESSION_KEY = "support_agent_id"


@bp.get("/connexion")
def login() -> str:
    """Show the staff login form."""
    return render_template("support/login.html", error=None)


@bp.post("/connexion")
def log_in() -> str | Response:
    """Log a member of staff in; only a POST acts."""
    login_name = request.form.get("login", "").strip()
    agent = get_db().scalar(select(SupportAgent).where(SupportAgent.login == login_name))
    if not hashing.verify(agent.password_hash if agent else None, request.form.get("password", "")):
        return render_template("support/login.html", error=messages.SUPPORT_LOGIN_FAILED)
    assert agent is not None
    session.clear()
    session[SESSION_KEY] = agent.id
    return redirect(url_for("support.lookup"))


@bp.post("/deconnexion")
def logout() -> Response:
    """End the staff session."""
    session.pop(SESSION_KEY, None)
    return redirect(url_for("support.login"))


@bp.get("")
def lookup() -> str | Response:
    """Find an account by subscriber number or login address."""
    db = get_db()
    agent = db.get(SupportAgent, session.get(SESSION_KEY) or 0)
    if agent is None:
        return redirect(url_for("support.login"))
    query = request.args.get("q", "").strip()
    account = None
    if query:
        account = db.scalar(
            select(Account).where(
                or_(Account.subscriber_number == query, Account.email == normalise_email(query))
            )
        )
    leaked = None
    if account is not None and faults.active("support_sees_answer"):  # FAULT G14
        leaked = current_app.extensions.get("fault_answers", {}).get(account.email)
    return render_template(
        "support/lookup.html",
        leaked_answer=leaked,
        agent=agent,
        query=query,
        account=account,
        not_found=messages.SUPPORT_NOT_FOUND if query and account is None else None,
    )
