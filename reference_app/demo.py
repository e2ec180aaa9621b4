"""`--demo`: a development app with hooks on, the guide's personas, and a local mail sink."""

from __future__ import annotations

import os
import tempfile
import tomllib
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask, current_app, render_template

from . import accounts, config, create_app, hashing
from .db import new_session
from .demo_mail import DemoMailSink, shown
from .models import SupportAgent

PERSONAS = Path(__file__).resolve().parent.parent / "fixtures" / "personas.toml"
SUPPORT_LOGIN, SUPPORT_PASSWORD = "assistance", "Assistance2026demo"

PARIS = ZoneInfo("Europe/Paris")
bp = Blueprint("demo", __name__, url_prefix="/__demo__")


@bp.get("/courriels")
def mails() -> str:
    """List every mail the demo's SMTP sink received, newest first."""
    store = current_app.extensions["demo_mail_sink"].store
    dated = [(shown(mail), local_date(mail["Date"])) for mail in reversed(store.all())]
    return render_template("demo/mails.html", mails=dated)


def local_date(header: str | None) -> datetime | None:
    """A mail's Date header in Paris time, shown as the guide shows it (2022-12-06 11:17:45)."""
    try:
        return parsedate_to_datetime(header or "").astimezone(PARIS)
    except (TypeError, ValueError):
        return None


def load_personas(path: Path = PERSONAS) -> dict[str, dict[str, Any]]:
    """Read the named personas of fixtures/personas.toml."""
    with path.open("rb") as handle:
        return tomllib.load(handle)


def seed(app: Flask) -> None:
    """Create the personas' accounts (password set today) and one support agent."""
    with app.app_context(), new_session(app) as db:
        for persona in load_personas().values():
            accounts.create(
                db,
                email=persona["email"],
                password=persona["password"],
                question=persona["question"],
                answer=persona["answer"],
                subscriber_number=persona["subscriber_number"],
                companies=[(c["siren"], c["name"]) for c in persona.get("companies", [])],
            )
        db.add(
            SupportAgent(login=SUPPORT_LOGIN, password_hash=hashing.hash_secret(SUPPORT_PASSWORD))
        )
        db.commit()


def notes() -> list[str]:
    """Return the lines printed at start-up: where to go and with which credentials."""
    lines = ["reference_app demo:", "  login page        {base}/connexion"]
    for name, persona in load_personas().items():
        lines.append(
            f"  persona {name:<9} {persona['email']} / {persona['password']}"
            f" (answer: {persona['answer']})"
        )
    lines += [
        f"  support           {{base}}/support/connexion  {SUPPORT_LOGIN} / {SUPPORT_PASSWORD}",
        "  received mails    {base}/__demo__/courriels",
        "  help              {base}/aide",
    ]
    return lines


def create_demo_app() -> Flask:
    """Start the mail sink, then build, seed and return the demo app."""
    sink = DemoMailSink().start()
    workdir = Path(tempfile.mkdtemp(prefix="reference_app_demo_"))
    settings = config.from_environ()
    settings.update(
        ENV="development",
        TEST_HOOKS=True,
        DATABASE_URL=os.environ.get(config.PREFIX + "DATABASE_URL")
        or f"sqlite:///{workdir / 'demo.sqlite3'}",
        SMTP_HOST=sink.host,
        SMTP_PORT=sink.port,
        DEMO_NOTES=notes(),
    )
    app = create_app(settings)
    app.extensions["demo_mail_sink"] = sink
    app.register_blueprint(bp)
    seed(app)
    return app
