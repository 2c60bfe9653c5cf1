"""The version is written once, in onesignal/__init__.py; everything else must agree with it.

`make package` checks the built wheel itself (tools/check_package.py); these are the fast checks.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import re
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
import tomllib
import yaml

import onesignal
from tests.spec_tools import SPEC_PATH
from tests.tool_modules import load_tool

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
    assert importlib.metadata.version("onesignal-rest") == onesignal.__version__


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


# -- the license and the development tools ---------------------------------------------------


def _check_package() -> Any:
    return load_tool("check_package")


def test_the_license_is_mit_and_ships_in_both_distributions() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n")
    assert re.search(r"^Copyright \(c\) \d{4} the onesignal Python SDK authors$", text, re.M)
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text
    config = pyproject()
    assert config["project"]["license"] == "MIT"
    assert config["project"]["license-files"] == ["LICENSE"]  # the wheel's .dist-info/licenses
    assert "LICENSE" in config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_the_dev_tools_are_a_dependency_group_not_a_published_extra() -> None:
    config = pyproject()
    extras = config["project"].get("optional-dependencies", {})
    assert list(extras) == ["aiohttp"], "the only extra is aiohttp: dev is a group"
    tools = config["dependency-groups"]["dev"]
    assert len(tools) >= 20
    unpinned = [t for t in tools if not isinstance(t, str) or not re.fullmatch(r"[\w.-]+==\S+", t)]
    assert not unpinned, f"pin every development tool exactly: {unpinned}"
    names = {t.split("==")[0].lower() for t in tools}
    assert {"pytest", "ruff", "mypy", "build", "twine", "nox"} <= names


def test_make_install_and_nox_install_the_group_with_a_pip_that_reads_it() -> None:
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("$(VENV)/.installed: pyproject.toml\n", 1)[1].split("\n\n", 1)[0]
    pin = re.search(r"install [^\n]*\bpip==(\d+)\.(\d+)(?:\.\d+)?\n", recipe)
    assert pin and (int(pin[1]), int(pin[2])) >= (25, 1), "pip reads --group from 25.1 on"
    assert "-e . --group dev" in recipe
    assert recipe.index("pip==") < recipe.index("--group dev")
    assert "[dev]" not in makefile
    noxfile = (ROOT / "noxfile.py").read_text()
    assert '"-e", ".", "--group", "dev"' in noxfile and ".[dev]" not in noxfile
    assert re.search(r'session.install\("pip==(25\.[1-9]|2[6-9]\.)', noxfile)


def _distributions(
    tmp_path: Path,
    *,
    wheel_license: bytes | None,
    sdist_license: bytes | None,
    headers: str = "License-Expression: MIT\nLicense-File: LICENSE\nProvides-Extra: aiohttp\n",
) -> tuple[Path, Path]:
    wheel, sdist = tmp_path / "onesignal-1.0-py3-none-any.whl", tmp_path / "onesignal-1.0.tar.gz"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("onesignal-1.0.dist-info/METADATA", f"Name: onesignal\n{headers}\nREADME")
        if wheel_license is not None:
            zf.writestr("onesignal-1.0.dist-info/licenses/LICENSE", wheel_license)
    with tarfile.open(sdist, "w:gz") as tf:
        files = {"onesignal-1.0/PKG-INFO": b"Name: onesignal\n"}
        if sdist_license is not None:
            files["onesignal-1.0/LICENSE"] = sdist_license
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return wheel, sdist


def test_the_package_check_refuses_distributions_without_the_license(tmp_path: Path) -> None:
    check_license = _check_package().check_license
    license_text = (ROOT / "LICENSE").read_bytes()
    check_license(*_distributions(tmp_path, wheel_license=license_text, sdist_license=license_text))
    for wheel_license, sdist_license, headers, problem in [
        (None, license_text, None, "licenses/LICENSE"),
        (b"Apache", license_text, None, "licenses/LICENSE"),
        (license_text, None, None, "onesignal-1.0/LICENSE"),
        (license_text, license_text, "License-Expression: MIT\n", "License-File"),
        (license_text, license_text, "License: MIT\nLicense-File: LICENSE\n", "License-Exp"),
        (
            license_text,
            license_text,
            "License-Expression: MIT\nLicense-File: LICENSE\nProvides-Extra: aiohttp\n"
            "Provides-Extra: dev\n",
            "extras",
        ),
    ]:
        kwargs: dict[str, Any] = {"wheel_license": wheel_license, "sdist_license": sdist_license}
        if headers is not None:
            kwargs["headers"] = headers
        with pytest.raises(SystemExit, match=problem):
            check_license(*_distributions(tmp_path, **kwargs))
