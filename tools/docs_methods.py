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
import re
from pathlib import Path
from typing import Any

import yaml
from onesignal_generated.facade_index import MODELS
from onesignal_generated.facade_index import OPERATIONS as SHAPES

import onesignal  # noqa: F401  (before onesignal_generated.methods, which needs it)
from onesignal._base import _slot_names
from onesignal._operations import BY_NAME, NONE, OPERATIONS, ORG, Operation, method_names

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "onesignal.yaml"
PAGE = "methods.md"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KEY_NAMES = {"rest": "REST", "organization": "organization", "none": "none"}
APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"  # the spec's example app

# The groups of operations (the spec's tags), in the order of OneSignal's own API reference.
GROUPS: dict[str, str] = {
    "apps": "Apps",
    "segments": "Segments",
    "outcomes": "Outcomes",
    "live_activities": "Live activities",
    "users": "Users",
    "aliases": "Aliases",
    "subscriptions": "Subscriptions",
    "notifications": "Notifications",
    "templates": "Templates",
    "journeys": "Journeys",
    "exports": "Exports",
    "api_keys": "API keys",
    "audit_logs": "Audit logs",
    "email_analytics": "Email analytics",
    "custom_events": "Custom events",
}


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

`OneSignal` and `AsyncOneSignal` have the same {len(OPERATIONS)} operations, grouped here as in
OneSignal's API reference. Each has a snake_case name (linked to its documentation: parameters,
result, errors and an example) and the camelCase name of OneSignal's "Server SDK Reference"
docs page; the small names under it are the docs' other spellings and the names of OneSignal's
official Python SDK (`onesignal-python-api`) where they differ. On `AsyncOneSignal`, every
method returns a coroutine and every camelCase name also exists with `Async` appended
(`getUserAsync`). "Key" is the API key the call sends, REST or organization ("org."; see
[Authentication](authentication.md)).

Positional arguments follow the docs: the app id first (left out when the client has one), then
the path ids in the order of the path, then the body. Body fields and query parameters may also
be passed as keywords.

{methods_by_group()}
The helpers built on these operations (`iter_*`, exports, bulk sends) are described in
[Helpers](helpers.md).
"""


# -- Pages per group of operations ---------------------------------------------------------


def group_page(tag: str) -> str:
    """The site path of a group's operations page."""
    return f"operations/{tag.replace('_', '-')}.md"


def model_page(tag: str) -> str:
    """The site path of a group's result-models page."""
    return f"models/{tag.replace('_', '-')}.md"


@functools.cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text())


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        found: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            found = found[part]
        node = found
    return node


@functools.cache
def spec_operations() -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """operationId -> (HTTP method, path, the operation, its path item), in the spec's order."""
    found = {}
    for path, item in spec()["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                found[operation["operationId"]] = (method.upper(), path, operation, item)
    return found


def grouped() -> dict[str, list[Operation]]:
    """The operations of each group, groups in GROUPS order, operations in the spec's order."""
    order = list(spec_operations())
    groups: dict[str, list[Operation]] = {tag: [] for tag in GROUPS}
    for op in sorted(OPERATIONS, key=lambda op: order.index(op.name)):
        groups[SHAPES[op.name].tag].append(op)
    return groups


def operation_anchor(op: Operation) -> str:
    return f"onesignal_generated.methods.SyncMethods.{op.name}"


def operation_link(op: Operation, *, from_dir: str = "") -> str:
    return f"{from_dir}{group_page(SHAPES[op.name].tag)}#{operation_anchor(op)}"


def result_models(op: Operation) -> list[str]:
    """The models an operation returns (`list[App]` counts as `App`)."""
    names = [re.sub(r"^list\[(\w+)\]$", r"\1", name) for name in SHAPES[op.name].success.values()]
    names = [name for name in names if name in MODELS]
    return list(dict.fromkeys(names))


def _documented(name: str) -> bool:
    """Models with fields get a table; free-form maps (open, no fields) are plain dicts."""
    model = MODELS.get(name)
    return model is not None and bool(model.fields)


@functools.cache
def model_homes() -> dict[str, str]:
    """Model name -> the tag of the one page that documents it: the first group (in GROUPS
    order) whose results include it, directly or nested."""
    homes: dict[str, str] = {}
    for tag, ops in grouped().items():
        queue = [name for op in ops for name in result_models(op)]
        while queue:
            name = queue.pop(0)
            if name in homes or not _documented(name):
                continue
            homes[name] = tag
            queue.extend(MODELS[name].nested.values())
    return homes


def model_link(name: str, *, from_dir: str = "../") -> str:
    """A Markdown link to a model's table, or the name in code when it has none."""
    if name not in model_homes():
        return f"`{name}`"
    return f"[`{name}`]({from_dir}{model_page(model_homes()[name])}#{name})"


def _param_examples(name: str) -> dict[str, Any]:
    """The spec's example value of each parameter of an operation, by name."""
    _, _, operation, item = spec_operations()[name]
    examples = {}
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _resolve(parameter)
        value = parameter.get("example", parameter.get("schema", {}).get("example"))
        if value is not None:
            examples[parameter["name"]] = value
    return examples


def _body_example(name: str) -> Any:
    """The spec's shortest example request body of an operation, or None."""
    _, _, operation, _ = spec_operations()[name]
    if "requestBody" not in operation:
        return None
    content = _resolve(operation["requestBody"])["content"].get("application/json", {})
    if "examples" in content:
        values = [_resolve(example).get("value") for example in content["examples"].values()]
        # The shortest one that sends something (an empty body is not a body).
        value = min(values, key=lambda value: (not value, len(json.dumps(value))))
    else:
        value = content.get("example")
    required = _resolve(content.get("schema", {})).get("required", [])
    if isinstance(value, dict) and len(json.dumps(value)) > 600 and required:
        value = {key: item for key, item in value.items() if key in required}  # short
    return value


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    return repr(value)


def _python(value: Any, indent: int, column: int) -> str:
    """A Python literal of a JSON value starting at `column` of a line indented by `indent`,
    one item a line where it does not fit in 88 columns (as ruff formats it)."""
    flat = _literal(value)
    if column + len(flat) <= 88 or not isinstance(value, dict | list) or not value:
        return flat
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        items = [
            f"{_literal(k)}: {_python(v, indent + 4, indent + 6 + len(_literal(k)))}"
            for k, v in value.items()
        ]
        opening, closing = "{", "}"
    else:
        items = [_python(item, indent + 4, indent + 4) for item in value]
        opening, closing = "[", "]"
    return opening + "\n" + "".join(f"{pad}{item},\n" for item in items) + " " * indent + closing


def example(op: Operation) -> str:
    """A short call of `op`, with the spec's example values, on a client that has an app id."""
    from onesignal_generated.methods import SyncMethods

    signature = inspect.signature(getattr(SyncMethods, op.name))
    values = _param_examples(op.name)
    args: list[str] = []
    keywords: list[str] = []
    body = _body_example(op.name)
    if isinstance(body, dict) and body.get("app_id") == APP_ID:  # the client's app id
        body = {key: value for key, value in body.items() if key != "app_id"}
    path = SHAPES[op.name].path
    for parameter in list(signature.parameters.values())[1:]:
        # The path ids positionally (the app id left to the client), then the values the
        # official SDK takes positionally and the required query values, as keywords.
        if parameter.kind is not parameter.POSITIONAL_OR_KEYWORD:
            break
        if parameter.name in ("app_id", "body") or parameter.name not in values:
            continue
        if parameter.name in path and not keywords and not op.lead:
            args.append(_literal(values[parameter.name]))
        else:
            keywords.append(f"{parameter.name}={_literal(values[parameter.name])}")
    for query in SHAPES[op.name].required_query:
        given = {keyword.partition("=")[0] for keyword in keywords}
        if query != "app_id" and query in values and query not in given:
            keywords.append(f"{query}={_literal(values[query])}")
    if isinstance(body, dict) and body:
        if all(key.isidentifier() and key not in signature.parameters for key in body):
            keywords.extend(
                f"{key}={_python(value, 8, 9 + len(key))}" for key, value in body.items()
            )
        else:
            keywords.append(f"body={_python(body, 8, 13)}")
    parts = [*args, *keywords]
    call = f"client.{op.name}({', '.join(parts)})"
    if len(call) > 80 or "\n" in call:
        inner = ",\n        ".join(parts)
        call = f"client.{op.name}(\n        {inner},\n    )"
    returns = result_models(op)
    line = f"result = {call}\n    print(result)" if returns else call
    client = f'OneSignal(app_id="{APP_ID}")'
    return f"from onesignal import OneSignal\n\nwith {client} as client:\n    {line}\n"


def operation_section(op: Operation) -> str:
    verb, path, operation, _ = spec_operations()[op.name]
    sync_names = [name for name in method_names(op, is_async=False) if name != op.name]
    async_names = [n for n in method_names(op, is_async=True) if n.endswith("Async")]
    returns = result_models(op)
    rows = [
        ("Request", f"`{verb} {path}`"),
        ("Key", _key_text(op)),
        (
            "Returns",
            ", ".join(model_link(name) for name in returns) if returns else "`None`",
        ),
        ("Other names", ", ".join(f"`{name}`" for name in sync_names) or "none"),
        (
            "Async",
            f"`await client.{op.name}(...)` on `AsyncOneSignal`"
            + (f"; also {', '.join(f'`{n}`' for n in async_names)}" if async_names else ""),
        ),
    ]
    helper = (op.pages and op.pages.helper) or (op.export and op.export.helper)
    if helper:
        rows.append(("Helper", f"`{helper}` (see [Helpers](../helpers.md))"))
    if op.short_form:
        rows.append(("Short form", f"with {_count_ids(op.short_form)} ids, runs `{op.short_form}`"))
    reference = operation.get("externalDocs", {}).get("url")
    if reference:
        rows.append(("OneSignal", f"[{reference.rsplit('/', 1)[-1]}]({reference})"))
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    return f"""::: onesignal_generated.methods.SyncMethods.{op.name}
    options:
      heading: "{op.name}"
      toc_label: "{op.name}"
      heading_level: 2
      show_root_full_path: false

<div class="operation-facts" markdown>

| | |
|---|---|
{table}

</div>

```python
{example(op)}```
"""


def _key_text(op: Operation) -> str:
    if op.key == NONE:
        return "none (the token in the query authorises it)"
    return f"[{KEY_NAMES[op.key]}](../authentication.md)"


def operations_page(tag: str) -> str:
    ops = grouped()[tag]
    title = GROUPS[tag]
    listing = ", ".join(f"[`{op.name}`](#{operation_anchor(op)})" for op in ops)
    sections = "\n".join(operation_section(op) for op in ops)
    return f"""# {title}

<!-- Generated at build time by tools/docs_methods.py. Do not edit. -->

{listing}.

Each section is the method's own signature and docstring (what `help(OneSignal.{ops[0].name})`
and your IDE show), then the request it sends, the key it needs, its result model and the
names it also answers to. `AsyncOneSignal` has the same methods under the same names, to be
awaited. The examples read the key from `ONESIGNAL_REST_API_KEY` (or
`ONESIGNAL_ORGANIZATION_API_KEY`) and use the spec's example values; run them against the mock
with `python -m onesignal.mock --run python example.py`. The result models are on
[{title}: result models](../{model_page(tag)}).

{sections}"""


def _type_text(annotation: str) -> str:
    """A field's type as Markdown: code, with links to the documented models."""
    text = re.sub(r"\s*\|\s*None$", "", annotation).replace("_dt.", "").replace("_m.", "")
    pieces: list[str] = []
    for part in re.split(r"(\b[A-Z]\w*\b)", text):
        if part in model_homes():
            pieces.append(model_link(part, from_dir="../"))
        elif part:
            pieces.append(f"`{part}`")
    return "".join(pieces).replace("``", "")


@functools.cache
def _griffe_models() -> Any:
    import griffe

    return griffe.load("onesignal_generated", search_paths=[str(ROOT / "generated")])["models"]


def model_section(name: str) -> str:
    cls = _griffe_models()[f"{MODELS[name].module}.{name}"]
    doc = " ".join((cls.docstring.value if cls.docstring else "").split())
    rows = []
    for field, member in cls.members.items():
        if field.startswith("_") or member.kind.value != "attribute":
            continue
        meaning = " ".join((member.docstring.value if member.docstring else "").split())
        meaning = meaning.replace("|", "\\|")
        rows.append(f"| `{field}` | {_type_text(str(member.annotation))} | {meaning} |")
    used_by = [
        f"[`{op.name}`]({operation_link(op, from_dir='../')})"
        for op in OPERATIONS
        if name in result_models(op)
    ]
    returned = f"Returned by {', '.join(used_by)}." if used_by else ""
    extra = "" if not MODELS[name].open else " It keeps fields the spec does not list."
    return f"""## {name} {{ #{name} }}

`onesignal_generated.models.{name}`. {doc}{extra} {returned}

<div class="model-fields" markdown>

| Field | Type | Meaning |
|---|---|---|
{chr(10).join(rows)}

</div>
"""


def models_page(tag: str) -> str:
    names = [name for name, home in model_homes().items() if home == tag]
    title = GROUPS[tag]
    sections = "\n".join(model_section(name) for name in names)
    return f"""# {title}: result models

<!-- Generated at build time by tools/docs_methods.py. Do not edit. -->

What the [{title}](../{group_page(tag)}) operations return, and the models nested in it (a
model already documented for an earlier group is linked there). Each is a class of
`onesignal_generated.models` on the base class `onesignal._model.Model`: every field may read
`None` (the answer left it out), fields read in snake_case or camelCase, `to_dict()` gives the
object as JSON-ready data and `as_received()` the answer as it came.

{sections or "These operations return no model of their own."}
"""


def methods_by_group() -> str:
    """Every method, one short table per group, linked to its section."""
    blocks = []
    for tag, ops in grouped().items():
        rows = []
        for op in ops:
            verb, path, _, _ = spec_operations()[op.name]
            names = [f"`{n}`" for n in method_names(op, is_async=False) if n != op.name]
            name_cell = f"[`{op.name}`]({operation_link(op)})"
            if names:
                name_cell += f"<br><small>{', '.join(names)}</small>"
            key = {"rest": "REST", "organization": "org.", "none": "none"}[op.key]
            rows.append(f"| {name_cell} | `{verb}`&nbsp;`{path}` | {key} |")
        blocks.append(
            f"## {GROUPS[tag]}\n\n"
            f"[Operations]({group_page(tag)}) · [Result models]({model_page(tag)})\n\n"
            '<div class="methods-table" markdown>\n\n'
            "| Method and other names | Request | Key |\n|---|---|---|\n"
            + "\n".join(rows)
            + "\n\n</div>\n"
        )
    return "\n".join(blocks)


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
    for tag in GROUPS:
        files.append(File.generated(config, group_page(tag), content=operations_page(tag)))
        files.append(File.generated(config, model_page(tag), content=models_page(tag)))
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
