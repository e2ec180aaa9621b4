"""A variant of the reference app as a real server process, and a spec run against it.

    python tests/variants/variant_server.py NAME [--driver http] [resetspec run options]

starts the variant on a free port (its mail to a free port the run's sink then listens on),
runs ``resetspec run --target`` against it, with the variant's surface file if it has one,
and stops it: how the variants table of docs/architecture.md was measured.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from variant_apps import HERE, SURFACES, path_of

from resetspec.run.app_server import AppServer, app_environment
from resetspec.run.ports import LOOPBACK, free_port

ROOT = HERE.parents[1]


class VariantServer(AppServer):
    """``serve_variant.py NAME`` started, polled until its hooks answer, and stopped."""

    def __init__(self, variant: str, env: dict[str, str], log_path: Path) -> None:
        super().__init__(env, log_path)
        self.variant = variant
        self.base_url += path_of(variant)  # the hooks too answer under the prefix

    def launch(self) -> VariantServer:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            command = [sys.executable, str(HERE / "serve_variant.py"), self.variant]
            self._process = subprocess.Popen(
                [*command, "--port", str(self.port)],
                env=self._env,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )
        return self


def start(variant: str, workdir: Path, mail_port: int) -> VariantServer:
    env = app_environment(workdir / "app.sqlite3", mail_port, LOOPBACK)
    env.pop("RESETSPEC_FAULTS", None)
    env["PYTHONPATH"] = str(ROOT)
    return VariantServer(variant, env, workdir / "variant.log").start()


def main(argv: list[str]) -> int:
    variant, rest = argv[0], argv[1:]
    mail_port = free_port()
    with tempfile.TemporaryDirectory(prefix="variant-") as folder:
        server = start(variant, Path(folder), mail_port)
        try:
            command = [str(ROOT / ".venv/bin/resetspec"), "run", "--target", server.base_url]
            command += ["--mail-port", str(mail_port)]
            if variant in SURFACES:
                command += ["--surface", str(SURFACES[variant])]
            return subprocess.call([*command, *rest], cwd=ROOT)
        finally:
            server.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
