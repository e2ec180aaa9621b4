"""Server-side CAPTCHA challenges: single use, expiring, case-insensitive, image and audio."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from captcha.audio import AudioCaptcha
from captcha.image import ImageCaptcha
from flask import current_app
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from . import clock, faults
from .models import CaptchaChallenge

# The audio voices know digits and upper-case letters only; look-alikes (0/O, 1/I/L, 2/Z,
# 5/S, 8/B) are left out so the image and the sound cannot be misread.
ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"

_image = ImageCaptcha(width=220, height=80)
_audio = AudioCaptcha()
AUDIO_CACHE = 64  # renderings kept: about 64 challenges listened to at once


def issue(db: Session) -> CaptchaChallenge:
    """Create a live challenge and return it (the caller commits)."""
    length = current_app.config["CAPTCHA_LENGTH"]
    ttl = timedelta(seconds=current_app.config["CAPTCHA_TTL_SECONDS"])
    challenge = CaptchaChallenge(
        id=secrets.token_urlsafe(18),
        answer="".join(secrets.choice(ALPHABET) for _ in range(length)),
        expires_at=clock.now() + ttl,
        issued_wall=datetime.now(UTC),
    )
    db.add(challenge)
    _purge_expired(db)
    return challenge


def live(db: Session, challenge_id: str | None) -> CaptchaChallenge | None:
    """Return the challenge if it exists and has not expired."""
    if not challenge_id:
        return None
    challenge = db.get(CaptchaChallenge, challenge_id)
    if challenge is None:
        return None
    if challenge.expires_at <= clock.now() and not faults.active("captcha_never_expires"):
        return None  # FAULT H01 above: captcha_never_expires keeps it
    return challenge


def consume(db: Session, challenge_id: str | None, typed: str) -> bool:
    """Spend the challenge whatever the outcome, and tell whether the typed text matched it."""
    if faults.active("captcha_reusable"):  # FAULT H01: nothing spent; any live image's text passes
        typed_clean = "".join(typed.split()).upper()
        found = db.scalar(select(CaptchaChallenge.id).where(CaptchaChallenge.answer == typed_clean))
        return live(db, found) is not None
    challenge = live(db, challenge_id)
    kill(db, challenge_id)
    if challenge is None:
        return False
    typed_clean = "".join(typed.split()).upper()
    return secrets.compare_digest(typed_clean.encode(), challenge.answer.encode())


def kill(db: Session, challenge_id: str | None) -> None:
    """Delete a challenge so it can never be answered."""
    if challenge_id:
        db.execute(delete(CaptchaChallenge).where(CaptchaChallenge.id == challenge_id))


def png(challenge: CaptchaChallenge) -> bytes:
    """Render the challenge as a PNG image."""
    return _image.generate(challenge.answer, format="png").getvalue()


def wav(challenge: CaptchaChallenge) -> bytes:
    """Render the same characters as a spoken WAV file."""
    return _spoken(challenge.answer)


@lru_cache(maxsize=AUDIO_CACHE)
def _spoken(answer: str) -> bytes:
    # Mixing voices and noise costs a third of a second of CPU, more on a busy machine; the
    # player and a download of the same challenge share one rendering.
    return bytes(_audio.generate(answer))


def _purge_expired(db: Session) -> None:
    # Real time with a day's margin: scenarios living on other dates keep their challenges.
    cutoff = datetime.now(UTC) - timedelta(days=1)
    db.execute(delete(CaptchaChallenge).where(CaptchaChallenge.issued_wall < cutoff))
