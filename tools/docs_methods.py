"""The documentation's pages of every client method and result model, built from the code so
they cannot drift.

Used two ways:

- as an MkDocs hook (`hooks:` in mkdocs.yml): it adds, generated at build time,
  - `methods.md`, every method group by group (one short table per group);
  - `operations/<group>.md`, one page per group of operations, in the order of OneSignal's own
    reference: each operation's signature and docstring rendered by mkdocstrings from
    `onesignal_generated.methods.SyncMethods` (the text `help()` and the IDE show), then its
    request, key, result model, other names and a short example built from the spec's examples;
  - `models/<group>.md`, the result models of that group, a table of fields each (read
    statically by griffe from `onesignal_generated.models`, types and field docstrings);
  - the changelog page (from CHANGELOG.md);
  and it fills the `<!-- generated: ... -->` markers of the other pages (the reliability table
  is README.md's);
- as a script: `python tools/docs_methods.py` prints README.md's Operations table as Markdown.

The rows come from `onesignal._operations.OPERATIONS` (names, aliases, key), the generated
`facade_index` (path templates, groups, result models) and openapi/onesignal.yaml (HTTP methods,
the order of operations, examples).
"""

from __future__ import annotations

import functools
import inspect
import json
import pprint
import re
from pathlib import Path
from typing import Any

import yaml
from onesignal_generated.facade_index import MODELS
from onesignal_generated.facade_index import OPERATIONS as SHAPES

import onesignal  # before onesignal_generated.methods, which imports the core from it
from onesignal._base import _slot_names
from onesignal._operations import BY_NAME, NONE, OPERATIONS, ORG, Operation, method_names

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "onesignal.yaml"
PAGE = "methods.md"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KEY_NAMES = {"rest": "REST", "organization": "organization", "none": "none"}


def http_methods(spec: Path = SPEC) -> dict[str, str]:
    """operationId -> HTTP method, from the spec."""
    paths = yaml.safe_load(spec.read_text())["paths"]
    return {
        operation["operationId"]: method.upper()
        for item in paths.values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def other_names(op: Operation) -> str:
    names = [f"`{name}`" for name in method_names(op, is_async=False) if name != op.name]
    text = ", ".join(names)
    if op.short_form:
        text += f"; with {_count_ids(op.short_form)} ids, runs `{op.short_form}`"
    return text


def _count_ids(name: str) -> str:
    count = len(_slot_names(BY_NAME[name]))  # the positional ids, as the client counts them
    return {1: "one", 2: "two", 3: "three"}.get(count, str(count))


def methods_table() -> str:
    verbs = http_methods()
    lines = [
        "| Group | Method | Other names | HTTP | Key |",
        "|---|---|---|---|---|",
    ]
    for op in sorted(OPERATIONS, key=lambda op: (SHAPES[op.name].tag, op.name)):
        http = f"{verbs[op.name]} {SHAPES[op.name].template}"
        lines.append(
            f"| {SHAPES[op.name].tag} | `{op.name}` | {other_names(op)} | `{http}` "
            f"| {KEY_NAMES[op.key]} |"
        )
    return "\n".join(lines)


def organization_operations() -> str:
    """A bullet list of the operations that need the organization key."""
    ops = sorted(
        (op for op in OPERATIONS if op.key == ORG), key=lambda op: (SHAPES[op.name].tag, op.name)
    )
    return "\n".join(f"- `{op.name}` (`{op.camel_name}`), {SHAPES[op.name].tag}" for op in ops)


def methods_page() -> str:
    return f"""# Every method

<!-- Generated at build time by tools/docs_methods.py from onesignal/_operations.py, the
generated facade index and openapi/onesignal.yaml. Do not edit: change those instead. -->

`OneSignal` and `AsyncOneSignal` have the same {len(OPERATIONS)} operations. Each has a
snake_case name (the first column) and the camelCase name of OneSignal's "Server SDK Reference"
docs page; "Other names" then lists the docs' other spellings and the names of OneSignal's
official Python SDK (`onesignal-python-api`) where they differ. On `AsyncOneSignal`, every
camelCase name also exists with `Async` appended (`getUserAsync`), and every method returns a
coroutine. "Key" is the API key the call sends (see [Authentication](authentication.md)).

Positional arguments follow the docs: the app id first (left out when the client has one), then
the path ids in the order of the path, then the body. Body fields and query parameters may also
be passed as keywords.

{methods_table()}

The helpers built on these operations (`iter_*`, exports, bulk sends) are described in
[Helpers](helpers.md).
"""


def readme_table(section: str) -> str:
    """The first table under the README heading `## {section}`, so the two cannot disagree."""
    text = (ROOT / "README.md").read_text()
    _, found, rest = text.partition(f"\n## {section}\n")
    rows = []
    for line in rest.partition("\n## ")[0].splitlines():
        if line.startswith("|"):
            rows.append(line)
        elif rows:
            break
    if not found or not rows:
        raise ValueError(f"README.md has no table under '## {section}'")
    return "\n".join(rows)


def reliability_table() -> str:
    return readme_table("Reliability")


MARKERS = {
    "<!-- generated: organization-operations -->": organization_operations,
    "<!-- generated: methods-table -->": methods_table,
    "<!-- generated: reliability-table -->": reliability_table,
}


# -- MkDocs hook ----------------------------------------------------------------------------


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    files.append(File.generated(config, PAGE, content=methods_page()))
    changelog = (ROOT / "CHANGELOG.md").read_text()
    files.append(File.generated(config, "changelog.md", content=changelog))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    for marker, make in MARKERS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, make())
    return markdown


if __name__ == "__main__":
    print(methods_table())
