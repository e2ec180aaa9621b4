"""The reference app presented other faithful ways: test-only WSGI wrappers, the app unchanged.

Each variant keeps the rules, the texts and the accessible names, and changes one presentation
choice the contract says does not matter (docs/architecture.md, "What a deployment must meet"):
- ``plain``: the question and the details as sentences, no ``<dl>``; the password's note
  beside its field but not its accessible description;
- ``native``: the browser's own validation on (no ``novalidate``, step 1's address
  ``type=email``);
- ``one-url``: steps 1 to 4 on one address; each step posts back to it, a 303 answers, a GET
  shows the current step; ``?recommencer`` starts over (its surface file says so);
- ``prefix``: the whole app under ``/pro``;
- ``remapped``: other paths for every page (its surface file, ``remapped.toml``, maps them).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

from werkzeug.exceptions import NotFound
from werkzeug.middleware.dispatcher import DispatcherMiddleware

WSGI = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
HERE = Path(__file__).parent
SURFACES = {"one-url": HERE / "one_url.toml", "remapped": HERE / "remapped.toml"}
PREFIX = "/pro"


class Rewriting:
    """Around an app: a request's path rewritten before it, its answer's HTML and Location after."""

    def __init__(self, app: WSGI) -> None:
        self.app = app

    def request(self, environ: dict[str, Any]) -> None:
        """Change the request in place (its ``PATH_INFO``, say) before the app sees it."""

    def location(self, environ: dict[str, Any], location: str) -> str:
        return location

    def html(self, environ: dict[str, Any], text: str) -> str:
        return text

    def json(self, environ: dict[str, Any], text: str) -> str:
        return text

    def extra_headers(self, environ: dict[str, Any]) -> list[tuple[str, str]]:
        return []

    def status(self, environ: dict[str, Any], status: str, location: str | None) -> str:
        return status

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        self.request(environ)
        caught: dict[str, Any] = {}

        def catch(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            caught["status"], caught["headers"] = status, headers
            return lambda data: None

        chunks = self.app(environ, catch)
        try:
            body = b"".join(chunks)
        finally:
            getattr(chunks, "close", lambda: None)()
        headers = [(k, v) for k, v in caught["headers"] if k.lower() != "content-length"]
        location = next((v for k, v in headers if k.lower() == "location"), None)
        if location is not None:
            headers = [(k, v) for k, v in headers if k.lower() != "location"]
            headers.append(("Location", self.location(environ, location)))
        kind = next((v for k, v in headers if k.lower() == "content-type"), "")
        if kind.startswith("text/html") and body:
            body = self.html(environ, body.decode("utf-8")).encode("utf-8")
        elif kind.startswith("application/json") and body:  # "Changer l'image" asks by fetch
            body = self.json(environ, body.decode("utf-8")).encode("utf-8")
        headers += self.extra_headers(environ)
        headers.append(("Content-Length", str(len(body))))
        start_response(self.status(environ, caught["status"], location), headers)
        return [body] if environ["REQUEST_METHOD"] != "HEAD" else []


class Plain(Rewriting):
    """Labelled values as one sentence each; the note beside the password, undescribed."""

    PAIR = re.compile(r"<div><dt>(.*?)\s*:?\s*</dt><dd>(.*?)</dd></div>", re.S)

    def html(self, environ: dict[str, Any], text: str) -> str:
        text = self.PAIR.sub(lambda m: f"<p>{m.group(1)} : {m.group(2)}</p>", text)
        text = re.sub(r"<dl\b([^>]*)>", r'<div role="group"\1>', text)
        text = text.replace("</dl>", "</div>")
        text = re.sub(r'aria-describedby="password-hint"', "", text)
        return text.replace('aria-describedby="password-hint ', 'aria-describedby="')


class Native(Rewriting):
    """The browser's own validation: no ``novalidate``, step 1's address typed ``email``."""

    def html(self, environ: dict[str, Any], text: str) -> str:
        text = re.sub(r"\s+novalidate(?=[\s>])", "", text)
        return text.replace(
            'id="email" name="email" type="text"', 'id="email" name="email" type="email"'
        )


class Remapped(Rewriting):
    """Every page at another path: ours outside, the app's inside."""

    OUTSIDE = {  # the app's path prefix -> the one this variant shows
        "/mot-de-passe-oublie/": "/reinitialisation/",
        "/connexion": "/se-connecter",
        "/deconnexion": "/se-deconnecter",
        "/espace": "/mon-espace",
        "/aide": "/assistance",
        "/support": "/equipe",
    }
    STEPS = {"adresse": "courriel", "question": "reponse", "nouveau-mot-de-passe": "choix"}

    def __init__(self, app: WSGI) -> None:
        super().__init__(app)
        self.out = {**self.OUTSIDE}
        self.steps_in = {v: k for k, v in self.STEPS.items()}

    def outside(self, path: str) -> str:
        for inner, outer in self.out.items():
            if path.startswith(inner):
                rest = path[len(inner) :]
                if inner == "/mot-de-passe-oublie/":
                    head, _, tail = rest.partition("?")
                    rest = self.STEPS.get(head, head) + (f"?{tail}" if tail else "")
                return outer + rest
        return path

    def inside(self, path: str) -> str:
        for inner, outer in self.out.items():
            if path.startswith(outer):
                rest = path[len(outer) :]
                if inner == "/mot-de-passe-oublie/":
                    rest = self.steps_in.get(rest, rest)
                return inner + rest
        if any(path.startswith(inner) for inner in self.out):
            return "/page-sous-une-autre-adresse"  # the app's own paths are not served: a 404
        return path

    def request(self, environ: dict[str, Any]) -> None:
        environ["PATH_INFO"] = self.inside(environ.get("PATH_INFO", "/"))

    def location(self, environ: dict[str, Any], location: str) -> str:
        return self.outside(location)

    def html(self, environ: dict[str, Any], text: str) -> str:
        attribute = re.compile(r'((?:href|action|src|formaction)=")(/[^"]*)(")')
        return attribute.sub(lambda m: m.group(1) + self.outside(m.group(2)) + m.group(3), text)

    def json(self, environ: dict[str, Any], text: str) -> str:
        return re.sub(r'"(/[^"]*)"', lambda m: f'"{self.outside(m.group(1))}"', text)


class OneUrl(Rewriting):
    """Steps 1 to 4 on one address, each visitor's current step remembered by a cookie."""

    ONE = "/mot-de-passe-oublie/etapes"
    RESTART = "recommencer"
    STEP_PATHS = (
        "/mot-de-passe-oublie/adresse",
        "/mot-de-passe-oublie/question",
        "/mot-de-passe-oublie/nouveau-mot-de-passe",
        "/mot-de-passe-oublie/recapitulatif",
    )
    COOKIE = "variant-wizard"

    def __init__(self, app: WSGI) -> None:
        super().__init__(app)
        self.current: dict[str, str] = {}  # visitor -> the app's path of her current step

    def visitor(self, environ: dict[str, Any]) -> str:
        cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        if self.COOKIE in cookie:
            return cookie[self.COOKIE].value
        environ["variant.new"] = uuid.uuid4().hex
        return environ["variant.new"]

    def request(self, environ: dict[str, Any]) -> None:
        if environ.get("PATH_INFO") != self.ONE:
            return
        who = environ["variant.visitor"] = self.visitor(environ)
        if self.RESTART in environ.get("QUERY_STRING", ""):
            self.current[who] = self.STEP_PATHS[0]
            environ["QUERY_STRING"] = ""
        environ["PATH_INFO"] = self.current.setdefault(who, self.STEP_PATHS[0])

    def location(self, environ: dict[str, Any], location: str) -> str:
        path = location.split("?")[0]
        if path in self.STEP_PATHS:
            who = environ.get("variant.visitor") or self.visitor(environ)
            environ["variant.visitor"] = who
            self.current[who] = path
            return self.ONE
        return location

    def status(self, environ: dict[str, Any], status: str, location: str | None) -> str:
        if location is not None and location.split("?")[0] in self.STEP_PATHS:
            return "303 See Other"
        return status

    def extra_headers(self, environ: dict[str, Any]) -> list[tuple[str, str]]:
        new = environ.get("variant.new")
        if not new:
            return []
        return [("Set-Cookie", f"{self.COOKIE}={new}; Path=/; HttpOnly; SameSite=Lax")]

    def html(self, environ: dict[str, Any], text: str) -> str:
        start, *steps = self.STEP_PATHS
        text = text.replace(f'href="{start}"', f'href="{self.ONE}?{self.RESTART}"')
        for path in self.STEP_PATHS:
            text = text.replace(f'"{path}"', f'"{self.ONE}"')
        return text


def prefixed(app: WSGI) -> WSGI:
    """The whole app under ``/pro``: Flask builds every address with the prefix."""
    return DispatcherMiddleware(NotFound(), {PREFIX: app})


VARIANTS: dict[str, Callable[[WSGI], WSGI]] = {
    "reference": lambda app: app,
    "plain": Plain,
    "native": Native,
    "one-url": OneUrl,
    "prefix": prefixed,
    "remapped": Remapped,
}


class DeafToClient(Rewriting):
    """Not faithful: announces the client-id capability but reads no ``X-Spec-Client``, so every
    request counts as one client. Only the conformance report's own test serves it."""

    def request(self, environ: dict[str, Any]) -> None:
        environ.pop("HTTP_X_SPEC_CLIENT", None)


BROKEN: dict[str, Callable[[WSGI], WSGI]] = {"deaf-to-client": DeafToClient}


def wrap(name: str, app: WSGI) -> WSGI:
    known = {**VARIANTS, **BROKEN}
    if name not in known:
        raise ValueError(f"no variant {name!r}; known: {', '.join(VARIANTS)}")
    return known[name](app)


def path_of(name: str) -> str:
    """What the variant's base URL adds after the host."""
    return PREFIX if name == "prefix" else ""
