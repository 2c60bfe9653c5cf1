"""The version is written once, in onesignal/__init__.py; everything else must agree with it.

`make package` checks the built wheel itself (tools/check_package.py); these are the fast checks.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path
from typing import Any

import tomllib
import yaml

import onesignal
from tests.spec_tools import SPEC_PATH

ROOT = Path(__file__).resolve().parent.parent


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_spec_version_is_the_package_version() -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    assert str(spec["info"]["version"]) == onesignal.__version__


def test_version_comes_from_init_only() -> None:
    config = pyproject()
    assert "version" not in config["project"], "set the version in onesignal/__init__.py only"
    assert "version" in config["project"]["dynamic"]
    assert config["tool"]["hatch"]["version"]["path"] == "onesignal/__init__.py"


def test_installed_metadata_matches() -> None:
    # The editable install's metadata is written at install time: reinstall after a bump.
    assert importlib.metadata.version("onesignal") == onesignal.__version__


def test_version_is_semver() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?", onesignal.__version__)


def test_changelog_has_an_entry_for_the_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{onesignal.__version__}]" in changelog
    assert f"[{onesignal.__version__}]: " in changelog, "add the version's link at the bottom"


def test_spec_ships_in_the_wheel() -> None:
    wheel = pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"]["openapi/onesignal.yaml"] == "onesignal/_spec/onesignal.yaml"
    assert set(wheel["packages"]) == {"onesignal", "generated/onesignal_generated"}
    for package in ("onesignal", "generated/onesignal_generated"):
        assert (ROOT / package / "py.typed").is_file()
