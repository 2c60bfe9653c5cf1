"""Point the generator's output at httpx2: `make generate` runs this on the generated package.

openapi-python-client 0.29.1 writes `import httpx` into its client and endpoint modules and has
no option for another HTTP library; httpx2 has the same API under another import name. This
renames the module wherever the generated code names it (`import httpx`, `httpx.Client`, the
docstrings), as a whole word only, so `get_httpx_client` and the like keep their names.

Usage: python tools/use_httpx2.py PACKAGE_DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

MODULE = re.compile(r"(?<![\w.-])httpx(?![\w-])")


def rename(text: str) -> str:
    return MODULE.sub("httpx2", text)


def main() -> None:
    for path in sorted(Path(sys.argv[1]).rglob("*.py")):
        text = path.read_text()
        renamed = rename(text)
        if renamed != text:
            path.write_text(renamed)


if __name__ == "__main__":
    main()
