"""The reference app: the DGFiP professional space's "Mot de passe oublié" procedure."""

from __future__ import annotations

from typing import Any

from flask import Flask, redirect, url_for
from werkzeug.wrappers import Response

from . import config, db, faults, hashing, security, static_files
from .views import captcha, help, login, reset, space, spec_hooks, support


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app from defaults, then `RESETSPEC_*` variables, or else the test's mapping."""
    app = Flask(__name__, instance_relative_config=True)
    settings = config.defaults()
    given = config.from_environ() if test_config is None else test_config
    settings.update(given)
    config.finish(settings, given)
    app.config.from_mapping(settings)
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        WTF_CSRF_TIME_LIMIT=None,  # the wizard's own idle expiry governs instead
        JSON_AS_ASCII=False,
    )
    if "no_csrf" in settings["FAULTS"]:  # FAULT H07: no form checks its anti-forgery token
        app.config["WTF_CSRF_CHECK_DEFAULT"] = False

    app.jinja_env.globals["fault"] = faults.active  # templates mark their FAULT branches too
    db.init_app(app)
    hashing.init_app(app)
    security.init_app(app)
    static_files.init_app(app)

    for blueprint in (login.bp, reset.bp, captcha.bp, space.bp, help.bp, support.bp):
        app.register_blueprint(blueprint)
    reset.limit_step1(app)
    if app.config["TEST_HOOKS"]:
        app.register_blueprint(spec_hooks.bp)
        security.csrf.exempt(spec_hooks.bp)

    @app.get("/")
    def index() -> Response:
        return redirect(url_for("login.login"))

    @app.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status=204)  # no icon, and no 404 in the browser console

    return app
