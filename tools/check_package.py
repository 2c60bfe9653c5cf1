"""Build the distribution and prove the wheel works on its own (`make package`).

1. `python -m build` makes the sdist, then the wheel from the sdist, into a temporary folder.
2. `twine check --strict` checks both (metadata, README rendering).
3. The wheel must hold the facade, the generated client, the spec at onesignal/_spec/ and both
   `py.typed` markers; wheel and sdist must both ship LICENSE as it is in the repository, and
   the metadata must declare it (`License-Expression: MIT`, `License-File: LICENSE`) and
   publish no `dev` extra (the development tools are a dependency group, not published); the
   only extra is `aiohttp`.
4. The wheel is installed into a fresh venv made without pip (`venv --without-pip`); this
   project's pip installs into it with `--python`. Dependencies are installed from the wheel's
   own metadata, resolved by pip and mostly served from pip's cache, so the check also proves
   the declared dependencies are enough. Then, from outside the source tree, `import onesignal`
   must load the installed copy, whose version is the metadata's, whose `spec_path()` is the
   shipped spec, and whose `pytest11` entry point `onesignal` (if pyproject.toml declares one)
   is discoverable through `importlib.metadata`.

Usage: python tools/check_package.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
WHEEL_FILES = (
    "onesignal/__init__.py",
    "onesignal/py.typed",
    "onesignal/_spec/onesignal.yaml",
    "onesignal_generated/__init__.py",
    "onesignal_generated/py.typed",
    "onesignal_generated/facade_index.py",
    "onesignal_generated/methods.py",
    "onesignal/_model.py",
)

INSTALLED_CHECK = textwrap.dedent(
    """
    import importlib.metadata, importlib.util, pathlib, sys
    venv = pathlib.Path(sys.argv[1]).resolve()
    want_entry_point = sys.argv[2] == "1"
    import onesignal, onesignal_generated
    from onesignal.mock import spec_path
    for module in (onesignal, onesignal_generated):
        where = pathlib.Path(module.__file__).resolve()
        assert venv in where.parents, f"{module.__name__} imported from {where}, not the venv"
    assert onesignal.__version__ == importlib.metadata.version("onesignal-rest"), "version mismatch"
    # One HTTP stack: httpx2, not httpx; and aiohttp only with the extra.
    assert importlib.util.find_spec("httpx2"), "httpx2 is not installed"
    assert importlib.util.find_spec("httpx") is None, "httpx was installed beside httpx2"
    assert importlib.util.find_spec("aiohttp") is None, "aiohttp came without the extra"
    import sys as _sys
    assert "aiohttp" not in _sys.modules and "httpx" not in _sys.modules
    spec = spec_path().resolve()
    assert spec.parent.name == "_spec" and venv in spec.parents, f"spec found at {spec}"
    found = [ep for ep in importlib.metadata.entry_points(group="pytest11")
             if ep.name == "onesignal"]
    if want_entry_point:
        assert found and found[0].value == "onesignal.testing", f"pytest11 entry points: {found}"
        assert importlib.util.find_spec("onesignal.testing"), "onesignal.testing not installed"
    print(f"installed wheel: onesignal-rest {onesignal.__version__} (httpx2, no httpx), "
          f"spec {spec.name}, "
          f"pytest11 onesignal entry point: {'found' if found else 'not declared'}")
    """
)


def run(*args: str | Path, cwd: Path = ROOT) -> None:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"failed: {' '.join(map(str, args))}\n{result.stdout}{result.stderr}")


def declares_pytest_plugin() -> bool:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return "onesignal" in project.get("entry-points", {}).get("pytest11", {})


def check_license(wheel: Path, sdist: Path) -> None:
    """LICENSE in both distributions, byte for byte the repository's, and declared."""
    license_text = (ROOT / "LICENSE").read_bytes()
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        shipped = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        if len(shipped) != 1 or zf.read(shipped[0]) != license_text:
            sys.exit(f"{wheel.name}: no .dist-info/licenses/LICENSE matching ./LICENSE")
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = zf.read(metadata_name).decode()
    headers = metadata.split("\n\n", 1)[0].splitlines()
    for wanted in ("License-Expression: MIT", "License-File: LICENSE"):
        if wanted not in headers:
            sys.exit(f"{wheel.name}: METADATA lacks {wanted!r}")
    extras = [line for line in headers if line.startswith("Provides-Extra:")]
    if extras != ["Provides-Extra: aiohttp"]:
        sys.exit(f"{wheel.name}: METADATA publishes extras {extras}: only aiohttp (tools: a group)")
    with tarfile.open(sdist) as tf:
        top = tf.getnames()[0].split("/", 1)[0]
        try:
            member = tf.extractfile(f"{top}/LICENSE")
        except KeyError:
            member = None
        if member is None or member.read() != license_text:
            sys.exit(f"{sdist.name}: no {top}/LICENSE matching ./LICENSE")


def check(work: Path) -> None:
    started = time.monotonic()
    dist = work / "dist"
    run(sys.executable, "-m", "build", "--outdir", dist, ROOT)
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        sys.exit(f"expected one wheel and one sdist, got {sorted(p.name for p in dist.iterdir())}")
    wheel = wheels[0]
    run(sys.executable, "-m", "twine", "check", "--strict", wheel, sdists[0])

    entry_point = declares_pytest_plugin()
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        missing = [name for name in WHEEL_FILES if name not in names]
        if entry_point and "onesignal/testing.py" not in names:
            missing.append("onesignal/testing.py")
        entry_points = next((n for n in names if n.endswith(".dist-info/entry_points.txt")), None)
        entry_text = zf.read(entry_points).decode() if entry_points else ""
    if missing:
        sys.exit(f"{wheel.name} lacks {missing}")
    if entry_point and "onesignal = onesignal.testing" not in entry_text:
        sys.exit(f"{wheel.name}: no pytest11 entry point in entry_points.txt:\n{entry_text}")
    check_license(wheel, sdists[0])

    venv = work / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet"]
    run(*pip, "--disable-pip-version-check", wheel)
    # Isolated (-I) and from the temporary folder, so the source tree is not on sys.path.
    result = subprocess.run(
        [python, "-I", "-c", INSTALLED_CHECK, venv, "1" if entry_point else "0"],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"the installed wheel failed its check:\n{result.stdout}{result.stderr}")
    print(result.stdout.strip())
    if not entry_point:
        print("note: pyproject.toml declares no pytest11 entry point 'onesignal'; not checked")
    print(
        f"package: {wheel.name} and {sdists[0].name} built, twine-checked, LICENSE shipped, "
        f"installed and imported in {time.monotonic() - started:.1f}s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        check(args.keep)
        return
    with tempfile.TemporaryDirectory(prefix="onesignal-package-") as work:
        check(Path(work))


if __name__ == "__main__":
    main()
