"""The CAPTCHA of step 1: its image, its audio, and "Changer l'image"."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, request, session, url_for
from werkzeug.wrappers import Response

from .. import captchas, faults
from ..db import get_db

bp = Blueprint("captcha", __name__, url_prefix="/mot-de-passe-oublie")

# Only the challenge last shown to this browser may be answered from it.
SESSION_KEY = "captcha_id"
PREVIOUS_KEY = "captcha_previous_id"  # only under the change_image_keeps_old fault


def new_for_visitor() -> str:
    """Kill this browser's challenge and issue a new one (the caller commits)."""
    db = get_db()
    if faults.active("change_image_keeps_old"):  # FAULT H01: the old image stays answerable
        session[PREVIOUS_KEY] = session.get(SESSION_KEY)
    else:
        captchas.kill(db, session.get(SESSION_KEY))
    challenge = captchas.issue(db)
    session[SESSION_KEY] = challenge.id
    return challenge.id


@bp.post("/changer-image")
def change_image() -> Response | dict[str, str]:
    """Replace the CAPTCHA; the old one can no longer be answered."""
    captcha_id = new_for_visitor()
    get_db().commit()
    if request.accept_mimetypes.best == "application/json":
        return {
            "id": captcha_id,
            "image": url_for("captcha.image", challenge_id=captcha_id),
            "audio": url_for("captcha.audio", challenge_id=captcha_id),
        }
    return redirect(url_for("reset.address"))


@bp.get("/captcha/<challenge_id>.png")
def image(challenge_id: str) -> Response:
    """Serve the CAPTCHA image of a live challenge."""
    challenge = captchas.live(get_db(), challenge_id) or abort(404)
    return Response(captchas.png(challenge), mimetype="image/png")


@bp.get("/captcha/<challenge_id>.wav")
def audio(challenge_id: str) -> Response:
    """Serve the spoken version of the same characters."""
    challenge = captchas.live(get_db(), challenge_id) or abort(404)
    return Response(captchas.wav(challenge), mimetype="audio/wav")
