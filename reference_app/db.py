"""The database: one engine per app, one SQLAlchemy session per request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask, current_app, g
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from .models import Base


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the mail sender read while a request writes; busy_timeout rides out short locks.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create the engine for a URL, with SQLite tuned for a threaded server."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if ":memory:" in url or url.rstrip("/") in ("sqlite:", "sqlite+pysqlite:"):
        kwargs["poolclass"] = StaticPool  # one shared in-memory database, as in tests
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def default_url(app: Flask) -> str:
    """Return the SQLite file URL under the instance folder, creating the folder."""
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(app.instance_path) / 'reference_app.sqlite3'}"


def init_app(app: Flask) -> None:
    """Create the engine and the tables, and close the request session at teardown."""
    engine = make_engine(app.config["DATABASE_URL"] or default_url(app))
    Base.metadata.create_all(engine)
    app.extensions["db_sessionmaker"] = sessionmaker(engine, expire_on_commit=False)
    app.extensions["db_engine"] = engine
    app.teardown_appcontext(close_db)


def new_session(app: Flask) -> Session:
    """Open a session outside a request (the mail sender, the demo seeding)."""
    return app.extensions["db_sessionmaker"]()


def get_db() -> Session:
    """Return this request's session, opening it on first use."""
    if "db" not in g:
        g.db = new_session(current_app)
    return g.db


def close_db(_exc: BaseException | None = None) -> None:
    """Close the request's session; whatever was not committed is rolled back."""
    session = g.pop("db", None)
    if session is not None:
        session.close()
