"""`make load`: N clients doing full resets through the real waitress server, bounded in time.

    python -m resetspec.proof.load                        # 20 clients for 60 s
    python -m resetspec.proof.load --clients 5 --seconds 10

Loopback only: the server, its SQLite file and an SMTP sink are started here and stopped at
the end. Each client has its own account and its own rate-limit budget (X-Spec-Client) and
resets its password again and again until the time is up. Reported per step: count, p50, p95
and max in milliseconds, in the console and in reports/load.json; then every confirmation
mail must have reached the sink. The exit code is 1 on any error or any mail missing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from resetspec.mail.mailsink import MailSink
from resetspec.proof.visitor import ResetVisitor, create_account
from resetspec.run.app_server import AppServer, app_environment, until
from resetspec.run.arg_types import OneLineParser, bounded

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("open", "address", "answer", "password")  # "password": the post and its summary
MAIL_SECONDS = 60.0  # the outbox drains in seconds; a minute means mails were lost


@dataclass
class Tally:
    """What all clients saw, under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    timings: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in STEPS})
    resets: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, visitor: ResetVisitor) -> None:
        with self.lock:
            self.resets += 1
            for step, seconds in visitor.timings.items():
                self.timings[step].append(seconds)

    def fail(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = OneLineParser(prog="resetspec load", description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=bounded(1, 50), default=20, help="concurrent clients")
    parser.add_argument("--seconds", type=bounded(1, 600), default=60, help="how long to run")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "load.json")
    return parser.parse_args(argv)


def client_loop(base_url: str, number: int, deadline: float, tally: Tally) -> None:
    """One client: its own account, then full resets until the deadline."""
    email = f"charge.{number}@orange.fr"
    password = f"ChargeInitiale{number}Paris2026"
    try:
        create_account(
            base_url, email=email, password=password, question="Le prénom ?", answer="Paul"
        )
    except Exception as exc:  # counted, never hidden
        tally.fail(f"client {number}: account: {exc}")
        return
    round_ = 0
    while time.monotonic() < deadline:
        round_ += 1
        visitor = ResetVisitor(base_url, email, "Paul", client_id=f"load-{number}")
        try:
            visitor.reset(f"Charge{number}Tour{round_}Paris2026")
        except Exception as exc:
            tally.fail(f"client {number} round {round_}: {type(exc).__name__}: {exc}")
            continue
        finally:
            visitor.close()
        tally.add(visitor)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def figures(tally: Tally, seconds: float) -> dict[str, object]:
    steps = {
        step: {
            "count": len(values),
            "p50_ms": round(percentile(values, 0.50) * 1000, 1),
            "p95_ms": round(percentile(values, 0.95) * 1000, 1),
            "max_ms": round(max(values, default=0.0) * 1000, 1),
        }
        for step, values in tally.timings.items()
    }
    return {
        "resets": tally.resets,
        "errors": len(tally.errors),
        "error_samples": tally.errors[:10],
        "seconds": round(seconds, 1),
        "resets_per_second": round(tally.resets / seconds, 2) if seconds else 0.0,
        "steps": steps,
    }


def run_load(clients: int, seconds: int, workdir: Path) -> tuple[dict[str, object], int]:
    """Start the sink and the server, run the clients, and count the mails that arrived."""
    with MailSink() as sink:
        # Production's hashing cost: the load figures are about the app, not the harness.
        env = app_environment(workdir / "load.sqlite3", sink.port, test_hash_cost=False)
        env.pop("RESETSPEC_FAULTS", None)
        env["RESETSPEC_STEP1_RATE_LIMIT"] = "100000 per minute"  # load, not the rate limit
        server = AppServer(env, log_path=workdir / "load-app.log").start()
        try:
            tally = Tally()
            started = time.monotonic()
            deadline = started + seconds
            threads = [
                threading.Thread(target=client_loop, args=(server.base_url, n, deadline, tally))
                for n in range(1, clients + 1)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            result = figures(tally, time.monotonic() - started)
            mails = wait_for_mails(sink, tally.resets)
        finally:
            server.stop()
    return result, mails


def wait_for_mails(sink: MailSink, expected: int) -> int:
    until(lambda: len(sink.store.all()) >= expected, MAIL_SECONDS, every=0.2)
    return len(sink.store.all())


def print_table(result: dict[str, object]) -> None:
    print(f"{'step':<10} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for step, row in result["steps"].items():  # type: ignore[union-attr]
        print(
            f"{step:<10} {row['count']:>6} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['max_ms']:>8}"
        )


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    print(f"resetspec load: {options.clients} clients for {options.seconds}s", flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="resetspec-load-"))
    try:
        result, mails = run_load(options.clients, options.seconds, workdir)
    except Exception:
        traceback.print_exc()
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    result.update(clients=options.clients, mails_received=mails)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print_table(result)
    print(
        f"resetspec load: {result['resets']} resets ({result['resets_per_second']}/s),"
        f" {result['errors']} errors, {mails} mails received; figures in {options.out}"
    )
    for sample in result["error_samples"]:  # type: ignore[union-attr]
        print(f"    {sample}")
    return 0 if result["errors"] == 0 and mails == result["resets"] else 1


if __name__ == "__main__":
    sys.exit(main())
