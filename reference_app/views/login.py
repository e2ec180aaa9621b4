"""Login, logout, and the pages that lie outside this procedure."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from .. import accounts, login_sessions, messages
from ..db import get_db

bp = Blueprint("login", __name__)

OUTSIDE = {
    "creer": "Créer mon espace professionnel",
    "activer": "Activer mon espace / mes services",
    "payer": "Payer mes impôts locaux",
}


@bp.get("/connexion")
def login() -> str:
    """Show the login form (HEAD too: it only ever shows)."""
    return render_template("login/login.html", email="", error=None)


@bp.post("/connexion")
def log_in() -> Response | tuple[str, int]:
    """Log in with an address and a password; only a POST acts."""
    email = request.form.get("email", "")
    db = get_db()
    result = accounts.authenticate(db, email, request.form.get("password", ""))
    if result.account is None:
        error = messages.PASSWORD_EXPIRED if result.expired else messages.LOGIN_FAILED
        return render_template("login/login.html", email=email, error=error), 200
    login_sessions.start(db, result.account)
    db.commit()
    return redirect(url_for("space.home"))


@bp.post("/deconnexion")
def logout() -> Response:
    """End this browser's login session ("Quitter") and go back to the login page."""
    db = get_db()
    login_sessions.end(db)
    db.commit()
    return redirect(url_for("login.login"))


@bp.get("/hors-procedure/<what>")
def outside(what: str) -> str:
    """Say that this service lies outside the password procedure."""
    if what not in OUTSIDE:
        abort(404)
    return render_template("login/outside.html", title=OUTSIDE[what])
