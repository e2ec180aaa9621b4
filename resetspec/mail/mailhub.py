"""One SMTP sink for several behave processes: the parent keeps it, workers ask over HTTP.

The app has a single SMTP destination, so with one shared app there must be one sink. The
parent runs it and a small loopback HTTP endpoint beside it (werkzeug); each worker's
``RemoteMailStore`` has the methods of ``MailStore`` the domain layer uses, and waits
(long-polls) with the same deadlines. Scenarios use addresses of their own, so workers never
see each other's mail.

    GET  /mails?to=ADDRESS&count=N&wait=SECONDS     -> {"mails": [{"sender", "recipients", "data"}]}
    GET  /refusals?to=ADDRESS&wait=SECONDS&at_least=N -> {"refusals": N}
    POST /refuse?to=ADDRESS, POST /accept?to=ADDRESS -> {}
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

from werkzeug.exceptions import BadRequest, HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.serving import WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from resetspec.mail.mailsink import Mail, MailNotReceived, MailSink, MailStore, parse
from resetspec.run.ports import LOOPBACK, session_for

MAX_WAIT_SECONDS = 60.0


def mail_json(mail: Mail) -> dict[str, object]:
    data = base64.b64encode(mail.message.as_bytes()).decode("ascii")
    return {"sender": mail.sender, "recipients": list(mail.recipients), "data": data}


def mail_from_json(item: dict[str, object]) -> Mail:
    data = base64.b64decode(str(item["data"]))
    return parse(str(item["sender"]), [str(r) for r in item["recipients"]], data)  # type: ignore[union-attr]


class BadQuery(BadRequest):
    """A query value that is not what the endpoint takes: one line, 400."""


N = TypeVar("N", int, float)


def number(query: dict[str, str], key: str, default: str, kind: Callable[[str], N] = float) -> N:
    raw = query.get(key, default)
    try:
        return kind(raw)
    except ValueError:
        raise BadQuery(f"{key}={raw!r} is not a number") from None


class HubApp:
    """The endpoint as a WSGI application (werkzeug's routing, requests and responses)."""

    def __init__(self, store: MailStore) -> None:
        self.store = store
        self.urls = Map(
            [
                Rule("/mails", endpoint=self.mails, methods=["GET"]),
                Rule("/refusals", endpoint=self.refusals, methods=["GET"]),
                Rule("/refuse", endpoint=self.refuse, methods=["POST"]),
                Rule("/accept", endpoint=self.accept, methods=["POST"]),
            ]
        )

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        request = Request(environ)
        try:
            endpoint, _ = self.urls.bind_to_environ(environ).match()
            body = endpoint(request.args.to_dict(flat=True))
            response = Response(json.dumps(body), content_type="application/json")
        except HTTPException as error:
            text = json.dumps({"error": error.description or error.name})
            response = Response(text, status=error.code, content_type="application/json")
        return response(environ, start_response)

    @staticmethod
    def deadline(query: dict[str, str]) -> float:
        return time.monotonic() + min(number(query, "wait", "0"), MAX_WAIT_SECONDS)

    def mails(self, query: dict[str, str]) -> dict[str, object]:
        to, count = query.get("to", ""), number(query, "count", "0", int)
        deadline = self.deadline(query)
        mails = self.store.for_recipient(to)
        if count:
            try:
                mails = self.store.wait_for(to, deadline, count)
            except MailNotReceived:
                mails = self.store.for_recipient(to)
        return {"mails": [mail_json(m) for m in mails]}

    def refusals(self, query: dict[str, str]) -> dict[str, object]:
        at_least = number(query, "at_least", "1", int)
        try:
            found = self.store.wait_for_refusal(query.get("to", ""), self.deadline(query), at_least)
        except MailNotReceived:
            found = 0
        return {"refusals": found}

    def refuse(self, query: dict[str, str]) -> dict[str, object]:
        self.store.refuse(query.get("to", ""))
        return {}

    def accept(self, query: dict[str, str]) -> dict[str, object]:
        self.store.accept(query.get("to", ""))
        return {}


class QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Quiet: a request per mail check would drown the run's output."""


class MailHub:
    """The parent's sink (SMTP) and its HTTP endpoint for the workers."""

    def __init__(self, port: int | None = None) -> None:
        self.sink = MailSink(port=port)
        self.server = make_server(
            LOOPBACK, 0, HubApp(self.sink.store), threaded=True, request_handler=QuietHandler
        )
        self.server.daemon_threads = True
        self.url = f"http://{LOOPBACK}:{self.server.server_port}"

    @property
    def smtp_port(self) -> int:
        return self.sink.port

    def start(self) -> MailHub:
        self.sink.start()
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.sink.stop()


class RemoteMailStore:
    """A worker's view of the hub, with the ``MailStore`` methods the domain layer calls."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.session = session_for(url)

    def _get(self, path: str, deadline: float | None = None, **query: object) -> dict:
        wait = max(0.0, deadline - time.monotonic()) if deadline is not None else 0.0
        params = {**query, "wait": f"{wait:.3f}"}
        response = self.session.get(self.url + path, params=params, timeout=wait + 10)
        response.raise_for_status()
        return response.json()

    def for_recipient(self, address: str) -> list[Mail]:
        return [mail_from_json(m) for m in self._get("/mails", to=address)["mails"]]

    def wait_for(self, recipient: str, deadline: float | None = None, count: int = 1) -> list[Mail]:
        deadline = deadline if deadline is not None else time.monotonic() + 10.0
        found = self._get("/mails", deadline, to=recipient, count=count)["mails"]
        if len(found) < count:
            raise MailNotReceived(
                f"expected {count} mail(s) to {recipient}, got {len(found)} in time"
            )
        return [mail_from_json(m) for m in found[:count]]

    def refuse(self, recipient: str) -> None:
        self.session.post(self.url + "/refuse", params={"to": recipient}, timeout=10)

    def accept(self, recipient: str) -> None:
        self.session.post(self.url + "/accept", params={"to": recipient}, timeout=10)

    def wait_for_refusal(self, recipient: str, deadline: float, at_least: int = 1) -> int:
        found = self._get("/refusals", deadline, to=recipient, at_least=at_least)["refusals"]
        if not found:
            raise MailNotReceived(
                f"{at_least} deliveries to {recipient} were not attempted in time"
            )
        return int(found)
