"""Settings from RESETSPEC_* variables: defaults, parsing, and one-line refusals."""

from __future__ import annotations

import pytest
from flask import Flask

from reference_app import create_app
from reference_app.config import ConfigError, defaults, finish, from_environ
from reference_app.db import default_url


# test that the documented defaults hold, argon2id at OWASP's recommendation
def test_defaults():
    config = defaults()
    assert config["ENV"] == "production"
    assert config["PASSWORD_VALIDITY_DAYS"] == 365
    assert config["TEST_HOOKS"] is False
    assert (config["CAPTCHA_TTL_SECONDS"], config["WIZARD_IDLE_SECONDS"]) == (600, 900)
    assert (config["LOCKOUT_THRESHOLD"], config["LOCKOUT_SECONDS"]) == (5, 900)
    assert (config["ARGON2_TIME_COST"], config["ARGON2_MEMORY_KIB"]) == (2, 19456)
    assert config["ARGON2_PARALLELISM"] == 1
    assert config["STEP1_RATE_LIMIT"] == "20 per minute"


# test that variables are read and typed
def test_reads_the_environment():
    values = from_environ(
        {
            "RESETSPEC_ENV": "development",
            "RESETSPEC_SMTP_PORT": "2525",
            "RESETSPEC_TEST_HOOKS": "1",
            "RESETSPEC_PASSWORD_VALIDITY_DAYS": "30",
            "UNRELATED": "x",
        }
    )
    assert values == {
        "ENV": "development",
        "SMTP_PORT": 2525,
        "TEST_HOOKS": True,
        "PASSWORD_VALIDITY_DAYS": 30,
    }


# test that a bad value is refused in one line naming the variable
@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("ENV", "staging"),
        ("SMTP_PORT", "x"),
        ("SMTP_PORT", "70000"),
        ("PASSWORD_VALIDITY_DAYS", "0"),
        ("PASSWORD_VALIDITY_DAYS", "-3"),
        ("TEST_HOOKS", "maybe"),
        ("CAPTCHA_TTL_SECONDS", "ten"),
        ("LOCKOUT_THRESHOLD", "1.5"),
        ("STEP1_RATE_LIMIT", "lots"),
        ("DATABASE_URL", " "),
        ("ARGON2_MEMORY_KIB", "0"),
        ("MAIL_POLL_SECONDS", "0"),
        ("MAIL_POLL_SECONDS", "inf"),
        ("MAIL_RETRY_BASE_SECONDS", "soon"),
    ],
)
def test_bad_values(name, raw):
    with pytest.raises(ConfigError) as caught:
        from_environ({f"RESETSPEC_{name}": raw})
    message = str(caught.value)
    assert f"RESETSPEC_{name}" in message and "\n" not in message


# test that the mail's pace may be a fraction of a second (the harness polls every 0.1 s)
def test_mail_seconds_may_be_fractions():
    config = from_environ(
        {"RESETSPEC_MAIL_POLL_SECONDS": "0.2", "RESETSPEC_MAIL_RETRY_BASE_SECONDS": "5"}
    )
    assert config["MAIL_POLL_SECONDS"] == 0.2 and config["MAIL_RETRY_BASE_SECONDS"] == 5


# test that production refuses to start without a secret key, and with test hooks
def test_production_checks():
    with pytest.raises(ConfigError, match="RESETSPEC_SECRET_KEY"):
        finish(defaults())
    with pytest.raises(ConfigError, match="RESETSPEC_TEST_HOOKS"):
        finish({**defaults(), "SECRET_KEY": "s", "TEST_HOOKS": True})


# test that development makes up a secret key, and test mode turns TESTING on
def test_non_production_defaults():
    config = {**defaults(), "ENV": "development"}
    finish(config)
    assert len(config["SECRET_KEY"]) >= 32 and config["TESTING"] is False
    config = {**defaults(), "ENV": "test"}
    finish(config)
    assert config["TESTING"] is True


# test that create_app() with no mapping reads the environment
def test_create_app_reads_the_environment(monkeypatch):
    monkeypatch.setenv("RESETSPEC_ENV", "test")
    monkeypatch.setenv("RESETSPEC_TEST_HOOKS", "1")
    monkeypatch.setenv("RESETSPEC_DATABASE_URL", "sqlite://")
    monkeypatch.setenv("RESETSPEC_ARGON2_MEMORY_KIB", "8")
    monkeypatch.setenv("RESETSPEC_ARGON2_TIME_COST", "1")
    monkeypatch.setenv("RESETSPEC_PASSWORD_VALIDITY_DAYS", "90")
    app = create_app()
    assert app.config["PASSWORD_VALIDITY_DAYS"] == 90
    assert app.test_client().get("/__spec__").status_code == 200


# test that create_app() refuses a bad variable
def test_create_app_refuses_a_bad_variable(monkeypatch):
    monkeypatch.setenv("RESETSPEC_SMTP_PORT", "smtp")
    with pytest.raises(ConfigError, match="RESETSPEC_SMTP_PORT"):
        create_app()


# test that the default database is an SQLite file in the instance folder
def test_default_database_url(tmp_path):
    app = Flask("probe", instance_path=str(tmp_path / "instance"))
    assert default_url(app) == f"sqlite:///{tmp_path / 'instance' / 'reference_app.sqlite3'}"
    assert (tmp_path / "instance").is_dir()


# test that any SQLAlchemy URL works, here an SQLite file in WAL mode
def test_sqlite_file_in_wal_mode(make_app, tmp_path):
    app = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with app.extensions["db_engine"].connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
