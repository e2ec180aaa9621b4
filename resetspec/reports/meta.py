"""The ``meta`` message: which tool wrote the stream, on what, and in which CI build."""

from __future__ import annotations

import os
import platform

import cucumber_messages as cm


def package_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version  # only when a stream is written

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def meta() -> cm.Meta:
    return cm.Meta(
        protocol_version=package_version("cucumber-messages") or "34.2.0",
        implementation=cm.Product(name="resetspec", version=package_version("resetspec")),
        runtime=cm.Product(
            name=platform.python_implementation(), version=platform.python_version()
        ),
        os=cm.Product(name=platform.system().lower(), version=platform.release()),
        cpu=cm.Product(name=platform.machine() or "unknown"),
        ci=github_actions(os.environ),
    )


def github_actions(env: os._Environ[str] | dict[str, str]) -> cm.Ci | None:
    """The GitHub Actions build, from the variables the runner sets (None elsewhere)."""
    if env.get("GITHUB_ACTIONS") != "true":
        return None
    server = env.get("GITHUB_SERVER_URL", "https://github.com")
    repository = env.get("GITHUB_REPOSITORY", "")
    run = env.get("GITHUB_RUN_ID", "")
    git = None
    if repository and env.get("GITHUB_SHA"):
        git = cm.Git(
            remote=f"{server}/{repository}.git",
            revision=env["GITHUB_SHA"],
            branch=env.get("GITHUB_HEAD_REF") or env.get("GITHUB_REF_NAME") or None,
        )
    return cm.Ci(
        name="GitHub Actions",
        url=f"{server}/{repository}/actions/runs/{run}" if repository and run else None,
        build_number=run or None,
        git=git,
    )
