"""`python -m reference_app`: serve with waitress; `--demo` adds personas and a mail sink."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from flask import Flask

from . import create_app, mailer
from .config import PREFIX, SETTINGS, ConfigError


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit with status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _port(raw: str) -> int:
    value = int(raw)
    if not 0 < value < 65536:
        raise ValueError(raw)
    return value


_port.__name__ = "port"  # argparse names the type in its message: "invalid port value"


def settings_help() -> str:
    """List the RESETSPEC_* variables with their defaults, for --help."""
    lines = ["settings (environment variables):"]
    for setting in SETTINGS:
        default = "(none)" if setting.default in (None, frozenset()) else setting.default
        if isinstance(default, bool):
            default = int(default)
        lines.append(f"  {PREFIX}{setting.name:<24} default {default!s:<40} {setting.doc}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = OneLineParser(
        prog="python -m reference_app",
        description=__doc__,
        epilog=settings_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=_port, default=5000, help="port to listen on (default 5000)")
    parser.add_argument(
        "--threads", type=_port, default=8, help="waitress worker threads (default 8)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="development mode with test hooks, the personas, and a local mail sink",
    )
    return parser.parse_args(argv)


def build(demo: bool) -> Flask:
    """Create the app, with the demo's mail sink and data when asked."""
    if demo:
        from . import demo as demo_mode

        return demo_mode.create_demo_app()
    return create_app()


def main(argv: list[str] | None = None) -> int:
    """Start the server; a bad setting ends start-up with one line and status 2."""
    args = parse_args(argv)
    try:
        app = build(args.demo)
    except ConfigError as exc:
        print(f"reference_app: {exc}", file=sys.stderr)
        return 2
    from waitress import serve

    mailer.start_sender(app)
    base = f"http://{args.host}:{args.port}"
    print(f"reference_app: serving on {base}/connexion ({app.config['ENV']} mode)", flush=True)
    if args.demo:
        for line in app.config["DEMO_NOTES"]:
            print(line.format(base=base), flush=True)
    serve(app, host=args.host, port=args.port, threads=args.threads, ident="reference_app")
    return 0


if __name__ == "__main__":
    sys.exit(main())
