"""One SMTP sink for several behave processes: the parent keeps it, workers ask over HTTP.

The app has a single SMTP destination, so with one shared app there must be one sink. The
parent runs it and a small loopback HTTP endpoint beside it; each worker's ``RemoteMailStore``
has the methods of ``MailStore`` the domain layer uses, and waits (long-polls) with the same
deadlines. Scenarios use addresses of their own, so workers never see each other's mail.

    GET  /mails?to=ADDRESS&count=N&wait=SECONDS     -> {"mails": [{"sender", "recipients", "data"}]}
    GET  /refusals?to=ADDRESS&wait=SECONDS&at_least=N -> {"refusals": N}
    POST /refuse?to=ADDRESS, POST /accept?to=ADDRESS -> {}
"""

from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from resetspec.mail.mailsink import Mail, MailNotReceived, MailSink, MailStore, parse
from resetspec.run.ports import LOOPBACK, session_for

MAX_WAIT_SECONDS = 60.0


def mail_json(mail: Mail) -> dict[str, object]:
    data = base64.b64encode(mail.message.as_bytes()).decode("ascii")
    return {"sender": mail.sender, "recipients": list(mail.recipients), "data": data}


def mail_from_json(item: dict[str, object]) -> Mail:
    data = base64.b64decode(str(item["data"]))
    return parse(str(item["sender"]), [str(r) for r in item["recipients"]], data)  # type: ignore[union-attr]


class HubHandler(BaseHTTPRequestHandler):
    store: MailStore  # set on the subclass made by MailHub

    def do_GET(self) -> None:  # noqa: N802
        path, query = self._parsed()
        to = query.get("to", "")
        deadline = time.monotonic() + min(float(query.get("wait", "0")), MAX_WAIT_SECONDS)
        if path == "/mails":
            count = int(query.get("count", "0"))
            mails = self.store.for_recipient(to)
            if count:
                try:
                    mails = self.store.wait_for(to, deadline, count)
                except MailNotReceived:
                    mails = self.store.for_recipient(to)
            self._answer({"mails": [mail_json(m) for m in mails]})
        elif path == "/refusals":
            try:
                at_least = int(query.get("at_least", "1"))
                refusals = self.store.wait_for_refusal(to, deadline, at_least)
            except MailNotReceived:
                refusals = 0
            self._answer({"refusals": refusals})
        else:
            self._answer({"error": f"no {path}"}, 404)

    def do_POST(self) -> None:  # noqa: N802
        path, query = self._parsed()
        actions = {"/refuse": self.store.refuse, "/accept": self.store.accept}
        if path not in actions:
            self._answer({"error": f"no {path}"}, 404)
            return
        actions[path](query.get("to", ""))
        self._answer({})

    def _parsed(self) -> tuple[str, dict[str, str]]:
        url = urlparse(self.path)
        return url.path, {k: v[-1] for k, v in parse_qs(url.query).items()}

    def _answer(self, body: dict[str, object], status: int = 200) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: a request per mail check would drown the run's output."""


class MailHub:
    """The parent's sink (SMTP) and its HTTP endpoint for the workers."""

    def __init__(self, port: int | None = None) -> None:
        self.sink = MailSink(port=port)
        handler = type("BoundHubHandler", (HubHandler,), {"store": self.sink.store})
        self.server = ThreadingHTTPServer((LOOPBACK, 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://{LOOPBACK}:{self.server.server_address[1]}"

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
