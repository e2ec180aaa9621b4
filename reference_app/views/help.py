"""Help and troubleshooting: hotline (open now or not), online form, fallback paths."""

from __future__ import annotations

from datetime import datetime, time

from flask import Blueprint, current_app, render_template, request

from .. import clock, faults, messages

bp = Blueprint("help", __name__)

OPENS, CLOSES = time(8, 0), time(19, 30)


def hotline_open(moment: datetime) -> bool:
    """Tell whether the hotline answers at this instant: 8:00–19:30, Monday to Friday, Paris."""
    local = clock.paris(moment)
    closes = time(20, 30) if faults.active("hotline_hours_wrong") else CLOSES  # FAULT G15
    weekday = local.weekday() < 5 or faults.active("hotline_open_weekends")  # FAULT G15
    return weekday and OPENS <= local.time() < closes


@bp.get("/aide")
def page() -> str:
    """Show the help page, with the lockout notice when sent here by a block."""
    config = current_app.config
    lockout = None
    if request.args.get("motif") == "blocage":
        lockout = messages.lockout(config["LOCKOUT_THRESHOLD"], config["LOCKOUT_SECONDS"])
    is_open = hotline_open(clock.now())
    return render_template(
        "help.html",
        lockout=lockout,
        hotline_open=is_open,
        hotline_status=messages.HOTLINE_OPEN if is_open else messages.HOTLINE_CLOSED,
    )
