"""Run settings: userdata or RESETSPEC_* variables, bad values refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from resetspec.run.settings import SettingsError, from_userdata


def test_defaults_start_our_own_app_headless():
    settings = from_userdata({}, environ={})
    assert settings.target is None and not settings.headed
    assert settings.app_log == Path("reports/reference_app.log")


def test_userdata_wins_over_the_environment():
    settings = from_userdata({"target": "http://a:1/"}, environ={"RESETSPEC_TARGET": "http://b:2"})
    assert settings.target == "http://a:1"


def test_traces_keep_actions_unless_told():
    assert from_userdata({}, environ={}).trace == "actions"
    assert from_userdata({}, environ={"RESETSPEC_TRACE": "full"}).trace == "full"
    assert from_userdata({"trace": "off"}, environ={}).trace == "off"


def test_a_worker_knows_its_claims_and_its_stretch(tmp_path):
    settings = from_userdata({"claims": str(tmp_path), "stretch": "57"}, environ={})
    assert settings.claims == tmp_path
    assert from_userdata({}, environ={}).claims is None


def test_a_worker_has_its_own_app_log():
    assert from_userdata({"worker": "2"}, environ={}).app_log.name == "reference_app.worker-2.log"


@pytest.mark.parametrize(
    ("userdata", "message"),
    [
        ({"tagret": "http://a"}, "unknown userdata tagret"),
        ({"target": "a:1"}, "not an http"),
        ({"headed": "maybe"}, "yes/no"),
        ({"mail_port": "0"}, "not a port"),
        ({"trace": "everything"}, "not a trace level; use off, actions, full"),
        ({"claims": "/no/such/folder"}, "is not a folder"),
        ({"stretch": "-3"}, "not a whole number"),
    ],
)
def test_bad_settings_say_what_is_wrong(userdata, message):
    with pytest.raises(SettingsError, match=message):
        from_userdata(userdata, environ={})


# test that loopback sessions skip the proxy variables, while another host keeps them
@pytest.mark.parametrize(
    ("url", "trusts_env"),
    [
        ("http://127.0.0.1:5000", False),
        ("http://localhost:8000/", False),
        ("https://reset.example", True),
    ],
)
def test_sessions_read_proxies_only_for_other_hosts(url, trusts_env):
    from resetspec.run.ports import session_for

    assert session_for(url).trust_env is trusts_env
