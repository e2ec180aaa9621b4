"""Cross-cutting protection: CSRF, security headers, rate limiting, and their error pages."""

from __future__ import annotations

from flask import Flask, current_app, render_template, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import TooManyRequests
from werkzeug.wrappers import Response

from . import clock, faults, messages

csrf = CSRFProtect()

CSP = "; ".join(
    (
        "default-src 'self'",
        "img-src 'self'",
        "media-src 'self'",
        "style-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)


def client_key() -> str:
    """Identify the client for rate limiting: its address, or `X-Spec-Client` under test hooks."""
    if current_app.config["TEST_HOOKS"]:
        token = request.headers.get("X-Spec-Client")
        if token:
            return "spec:" + token
    return get_remote_address()


def add_headers(response: Response) -> Response:
    """Add the security headers to every response; no page is ever cached."""
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    # FAULT H07: wizard_pages_cacheable lets the procedure's pages be cached
    cacheable = request.blueprint == "reset" and faults.active("wizard_pages_cacheable")
    if request.endpoint != "static" and not cacheable:
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    return response


def init_app(app: Flask) -> None:
    """Install CSRF protection, the limiter, the headers and the French error pages."""
    csrf.init_app(app)
    app.extensions["limiter"] = Limiter(
        client_key, app=app, storage_uri="memory://", headers_enabled=False
    )
    app.after_request(add_headers)

    @app.errorhandler(CSRFError)
    def csrf_failed(_error: CSRFError) -> tuple[str, int]:
        return render_template("error.html", message=messages.CSRF_FAILED), 400

    @app.errorhandler(TooManyRequests)
    def rate_limited(_error: TooManyRequests) -> tuple[str, int]:
        return render_template("error.html", message=messages.RATE_LIMITED), 429

    @app.errorhandler(clock.BadSpecNow)
    def bad_spec_now(error: clock.BadSpecNow) -> tuple[dict[str, str], int]:
        return {"error": str(error)}, 400
