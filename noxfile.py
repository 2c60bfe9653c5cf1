"""Nox sessions mirroring the Makefile targets, each in its own pinned virtualenv.

`make test` is the one CI runs; these are for running one concern at a time in isolation.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["spec", "generated", "lint", "typecheck", "tests"]
nox.options.default_venv_backend = "venv"
PYTHON = "3.11"


def _install(session: nox.Session) -> None:
    """The project, editable, and the pinned `dev` dependency group (pip 25.1+ reads it)."""
    session.install("pip==25.3")
    session.install("-e", ".", "--group", "dev")


def _node_tools(session: nox.Session) -> None:
    session.run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", external=True)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The pytest suite: unit, contract (Prism) and fault tests."""
    _install(session)
    _node_tools(session)
    session.run("pytest", "-q", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff lint and format check on the hand-written code."""
    _install(session)
    paths = ["onesignal", "tests", "examples", "tools", "benchmarks", "noxfile.py"]
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on onesignal/."""
    _install(session)
    session.run("mypy")


@nox.session(python=PYTHON)
def spec(session: nox.Session) -> None:
    """Spectral on the spec, failing on warnings."""
    _node_tools(session)
    session.run(
        "node_modules/.bin/spectral",
        "lint",
        "openapi/onesignal.yaml",
        "--ruleset",
        ".spectral.yaml",
        "--fail-severity",
        "warn",
        external=True,
    )


@nox.session(python=PYTHON)
def generated(session: nox.Session) -> None:
    """generated/ is exactly what the spec generates now."""
    _install(session)
    session.run("make", "-s", "check-generated", f"BIN={session.bin}", external=True)
