"""Serve one variant of the reference app: ``python tests/variants/serve_variant.py NAME --port P``.

The app reads its settings from the environment as ``python -m reference_app`` does
(``resetspec.run.app_server.app_environment`` gives the test ones); waitress serves the wrapper.
"""

from __future__ import annotations

import argparse
import sys

from variant_apps import BROKEN, VARIANTS, wrap
from waitress import serve

from reference_app import create_app, mailer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("variant", choices=sorted({**VARIANTS, **BROKEN}))
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    app = create_app()
    mailer.start_sender(app)  # as `python -m reference_app` does: the outbox sent to SMTP
    serve(wrap(args.variant, app), host="127.0.0.1", port=args.port, threads=8)
    return 0


if __name__ == "__main__":
    sys.exit(main())
