"""The professional space once logged in: companies, and "Gérer vos coordonnées"."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for
from werkzeug.wrappers import Response

from .. import login_sessions
from ..db import get_db

bp = Blueprint("space", __name__, url_prefix="/espace")


@bp.get("")
def home() -> str | Response:
    """List the companies the logged-in account manages."""
    account = login_sessions.current_account(get_db())
    if account is None:
        return redirect(url_for("login.login"))
    return render_template("space/home.html", account=account)


@bp.get("/coordonnees")
def details() -> str | Response:
    """Show subscriber number, login address and security question (never the answer)."""
    account = login_sessions.current_account(get_db())
    if account is None:
        return redirect(url_for("login.login"))
    return render_template("space/details.html", account=account)
