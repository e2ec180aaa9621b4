"""Each concern of the domain layer asks the driver only for its roles; both drivers play all.

The roles are ``resetspec/drivers/protocol.py``'s; a concern names its own in ``roles``. The
calls counted are those on the device the scenario acts on (``self.driver``,
``self.state.driver``) and on other devices it holds (``device``, ``second``, ``other``).
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

from resetspec.drivers import protocol
from resetspec.drivers.browser.driver import BrowserDriver
from resetspec.drivers.http.driver import HttpDriver

DOMAIN = Path(protocol.__file__).resolve().parents[1] / "domain"
DEVICES = {"device", "second", "other", "driver", "first"}


def is_device(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in DEVICES
    if isinstance(node, ast.Attribute) and node.attr in ("driver", "first_driver"):
        owner = node.value
        return (
            isinstance(owner, ast.Name)
            and owner.id == "self"
            or (isinstance(owner, ast.Attribute) and owner.attr == "state")
        )
    return False


def driver_calls(cls: ast.ClassDef) -> set[str]:
    return {
        node.attr
        for node in ast.walk(cls)
        if isinstance(node, ast.Attribute) and is_device(node.value)
    }


def concerns() -> list[tuple[str, ast.ClassDef, type]]:
    found = []
    for path in sorted(DOMAIN.glob("*.py")):
        module = importlib.import_module(f"resetspec.domain.{path.stem}")
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and driver_calls(node):
                found.append((f"{path.stem}.{node.name}", node, getattr(module, node.name)))
    return found


# test that every concern calling the driver names its roles and calls nothing beyond them
@pytest.mark.parametrize(
    "name, node, cls", concerns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_a_concern_asks_only_for_its_roles(name, node, cls):
    roles = getattr(cls, "roles", None)
    assert roles is not None, f"{name} calls the driver but names no roles"
    allowed = set().union(*(protocol.methods(role) for role in roles))
    beyond = sorted(driver_calls(node) - allowed)
    assert beyond == [], f"{name} asks for {beyond}, outside {[r.__name__ for r in roles]}"


# test that the roles are narrow: each concern needs at most four of the nine
def test_no_concern_needs_the_whole_driver():
    for name, _, cls in concerns():
        assert len(cls.roles) <= 4, f"{name} needs {len(cls.roles)} roles"


# test that both drivers carry every method of every role, with the same parameters
@pytest.mark.parametrize("driver", [BrowserDriver, HttpDriver], ids=["browser", "http"])
def test_both_drivers_play_every_role(driver):
    for role in protocol.ROLES:
        for method in sorted(protocol.methods(role)):
            assert hasattr(driver, method), f"{driver.__name__} lacks {role.__name__}.{method}"
            wanted = list(inspect.signature(getattr(role, method)).parameters)
            given = list(inspect.signature(getattr(driver, method)).parameters)
            assert given == wanted, f"{driver.__name__}.{method}{given} is not {wanted}"


# test that every role's method is asked for by some concern (ending a device is the
# fixtures'): none is kept for nothing
def test_every_role_method_is_used():
    fixtures = (DOMAIN.parent / "spec" / "behave_fixtures.py").read_text(encoding="utf-8")
    assert "driver.close()" in fixtures
    used = set().union(*(driver_calls(node) for _, node, _ in concerns()), {"close"})
    unused = sorted(
        f"{role.__name__}.{m}" for role in protocol.ROLES for m in protocol.methods(role) - used
    )
    assert unused == []
