"""Write the clients' surface into the generated package: `make generate` runs this after the
generator, with the same spec and config.

It reads the spec through openapi-python-client's parser (so Python names and types agree with
the generated models) and the operation table (`onesignal/_operations.py`), and writes:

- `facade_index.py`: per operation, its path template, ids, query parameters (Python name ->
  wire name), body model, where `app_id` goes and its success models; per model, its attribute
  -> JSON names and nested models. The core builds requests and reads answers from it.
- `methods.py`: every method, alias and helper of `OneSignal` and `AsyncOneSignal`, rendered
  from one template (`templates/methods.py.jinja`) once for each client, with typed parameters
  in the documented order and a docstring taken from the spec.

Usage: python tools/write_surface.py SPEC CONFIG PACKAGE_DIR
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    DateProperty,
    DateTimeProperty,
    ListProperty,
    LiteralEnumProperty,
    ModelProperty,
    UnionProperty,
    UuidProperty,
)

ROOT = Path(__file__).resolve().parent.parent


def _facade_module(name: str) -> Any:
    """A self-contained module of the facade, loaded from its file: importing the `onesignal`
    package would import the very methods this script is about to write."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        f"_facade_{name}", ROOT / "onesignal" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


status_error_class = _facade_module("_errors").status_error_class
_table = _facade_module("_operations")
OPERATIONS, Operation = _table.OPERATIONS, _table.Operation
method_names, slot_names = _table.method_names, _table.slot_names

_PAGING = ("limit", "offset", "cursor")
HEADER = '"""Written by tools/write_surface.py during `make generate`. Do not edit."""\n'
KEY_TEXT = {
    "rest": "the REST API key",
    "organization": "the organization API key",
    "none": "no key (it sends none)",
}


def _load(spec: Path, config_path: Path) -> tuple[GeneratorData, dict[str, Any]]:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec, "utf-8", False, None
    )
    raw = yaml.safe_load(spec.read_text(encoding="utf-8"))
    generated = GeneratorData.from_dict(raw, config=config)
    assert isinstance(generated, GeneratorData), generated
    return generated, raw


def _raw(name: Any) -> str:
    """A JSON name from the spec. Written only through repr(), so no code can leak in."""
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _nested_model(prop: Any) -> str | None:
    """The model a property holds, directly or as list items (free-form maps included)."""
    if isinstance(prop, ListProperty):
        prop = prop.inner_property
    if isinstance(prop, UnionProperty):
        models = [p for p in prop.inner_properties if isinstance(p, ModelProperty)]
        prop = models[0] if len(models) == 1 else None
    if isinstance(prop, ModelProperty):
        return str(prop.class_info.name)
    return None


def _enum_values(prop: Any) -> list[Any] | None:
    """The values an enum property (or a list of one, or one that may be null) allows."""
    if isinstance(prop, ListProperty):
        prop = prop.inner_property
    if isinstance(prop, UnionProperty):
        enums = [p for p in prop.inner_properties if isinstance(p, LiteralEnumProperty)]
        others = [p for p in prop.inner_properties if not isinstance(p, LiteralEnumProperty)]
        if len(enums) != 1 or any(p.get_base_type_string() != "None" for p in others):
            return None  # an enum or something else: nothing to refuse
        prop = enums[0]
    if isinstance(prop, LiteralEnumProperty):
        return sorted(prop.values, key=repr)
    return None


def _fields(model: ModelProperty) -> list[Any]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _endpoints(data: GeneratorData) -> dict[str, Any]:
    return {str(e.name): e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints}


def _raw_operations(raw: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, the operation as written in the spec)."""
    found = {}
    for path, item in raw["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method, path, operation)
    return found


def _resolve(raw: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = raw
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _success(endpoint: Any) -> dict[int, str]:
    """Per 2xx status, the class name of its model: `App`, `list[App]`, or `None` (no body)."""
    found = {}
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if not (low >= 200 and high < 300):
            continue
        prop = response.prop
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            name = f"list[{prop.inner_property.class_info.name}]"
        elif isinstance(prop, ModelProperty):
            name = str(prop.class_info.name)
        else:
            name = "None"
        found.update(dict.fromkeys(range(low, high + 1), name))
    return found


def _body_model(endpoint: Any) -> str | None:
    for body in endpoint.bodies:
        if isinstance(body.prop, ModelProperty):
            return str(body.prop.class_info.name)
    return None


def _body_required(raw: dict[str, Any], spec_op: dict[str, Any]) -> bool:
    body = spec_op.get("requestBody")
    return bool(body and _resolve(raw, body).get("required", False))


def _app_id_place(endpoint: Any, models: dict[str, ModelProperty]) -> str | None:
    if any(p.name == "app_id" for p in endpoint.path_parameters):
        return "path"
    if any(p.name == "app_id" for p in endpoint.query_parameters):
        return "query"
    body = _body_model(endpoint)
    if body and any(p.name == "app_id" for p in _fields(models[body])):
        return "body"
    return None


# -- facade_index.py ---------------------------------------------------------------------------


def _model_entries(data: GeneratorData) -> list[str]:
    lines = []
    for model in sorted(data.models, key=lambda m: str(m.class_info.name)):
        props = _fields(model)
        names = {str(p.python_name): _raw(p.name) for p in props}
        nested = {_raw(p.name): n for p in props if (n := _nested_model(p))}
        stamps = sorted(_raw(p.name) for p in props if isinstance(p, DateTimeProperty))
        # Open: the schema itself admits fields it does not name (free-form maps, or an
        # explicit additionalProperties). The facade refuses unknown fields of closed models.
        is_open = not props or model.data.additionalProperties not in (None, False)
        required = tuple(_raw(p.name) for p in model.required_properties or [])
        enums = {_raw(p.name): v for p in props if (v := _enum_values(p)) is not None}
        lines.append(
            f"    {str(model.class_info.name)!r}: Model({names!r}, {nested!r}, "
            f"{tuple(stamps)!r}, {str(model.class_info.module_name)!r}, {is_open!r}, "
            f"{required!r}, {enums!r}),"
        )
    return lines


def _list_forms(spec_op: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(keyword, wire name, description) of each query parameter's `x-list-form`: a bracketed
    list spelling of a parameter the generator cannot hold beside it (same Python name)."""
    found = []
    for param in spec_op.get("parameters", []):
        form = param.get("x-list-form") if isinstance(param, dict) else None
        if form:
            found.append((form["keyword"], form["name"], _text(form.get("description"))))
    return found


def _per_second(raw: dict[str, Any], spec_op: dict[str, Any]) -> float | None:
    """The documented requests per second per app of the operation's rate-limit group, where
    it is one number (the message group's depends on the plan)."""
    group = raw["info"].get("x-rate-limits", {}).get(spec_op.get("x-rate-limit"), {})
    rate = group.get("per_app_per_second")
    return float(rate) if isinstance(rate, int | float) else None


def write_index(data: GeneratorData, raw: dict[str, Any], out: Path) -> None:
    models = {str(m.class_info.name): m for m in data.models}
    raw_ops = {name: op for name, (_, _, op) in _raw_operations(raw).items()}
    lines = [
        HEADER,
        "from typing import Any, NamedTuple\n\n",
        "class Shape(NamedTuple):",
        "    method: str",
        "    template: str",
        "    tag: str",
        "    path: tuple[str, ...]",
        "    query: dict[str, str]  # Python name -> the name on the wire",
        "    required_query: tuple[str, ...]",
        "    body: str | None",
        "    app_id: str | None",
        "    success: dict[int, str]",
        "    times: dict[str, str]",
        "    uuids: frozenset[str]  # parameters of `format: uuid`",
        "    headers: dict[str, str]  # header parameters: Python name -> the header",
        "    per_second: float | None  # requests per second per app, of its rate-limit group",
        "    body_required: bool  # the spec's requestBody.required: `{}` rather than no body\n\n",
        "class Model(NamedTuple):",
        "    fields: dict[str, str]",
        "    nested: dict[str, str]",
        "    timestamps: tuple[str, ...]",
        "    module: str",
        "    open: bool",
        "    required: tuple[str, ...]  # JSON names of the fields the schema requires",
        "    # JSON name -> the values its enum allows (a list's items, where it is a list)",
        "    enums: dict[str, list[Any]]\n\n",
        "OPERATIONS: dict[str, Shape] = {",
    ]
    for name, e in sorted(_endpoints(data).items()):
        params = [*e.path_parameters, *e.query_parameters]
        path = tuple(str(p.python_name) for p in e.path_parameters)
        query = {str(p.python_name): _raw(p.name) for p in e.query_parameters}
        query.update((keyword, wire) for keyword, wire, _ in _list_forms(raw_ops[name]))
        headers = {str(p.python_name): _raw(p.name) for p in e.header_parameters}
        required = tuple(str(p.python_name) for p in e.query_parameters if p.required)
        times = {
            str(p.python_name): "date" if isinstance(p, DateProperty) else "datetime"
            for p in e.query_parameters
            if isinstance(p, DateProperty | DateTimeProperty)
        }
        uuids = sorted(str(p.python_name) for p in params if isinstance(p, UuidProperty))
        lines.append(
            f"    {name!r}: Shape({e.method.upper()!r}, {_raw(e.path)!r}, {str(e.tags[0])!r}, "
            f"{path!r}, {query!r}, {required!r}, {_body_model(e)!r}, {_app_id_place(e, models)!r}, "
            f"{_success(e)!r}, {times!r}, frozenset({uuids!r}), {headers!r}, "
            f"{_per_second(raw, raw_ops[name])!r}, {_body_required(raw, raw_ops[name])!r}),"
        )
    lines += ["}\n", "MODELS: dict[str, Model] = {", *_model_entries(data), "}\n"]
    (out / "facade_index.py").write_text("\n".join(lines))


# -- methods.py --------------------------------------------------------------------------------


@dataclass
class Param:
    name: str
    annotation: str
    doc: str


@dataclass
class Method:
    """What the template needs to write one operation's method and its aliases."""

    name: str
    aliases: dict[bool, tuple[str, ...]]
    slots: list[Param]
    body: Param | None
    body_keyword: str | None
    keywords: list[Param]
    result: str
    doc: str
    pages: dict[str, Any] | None = None
    export: dict[str, Any] | None = None
    named: str = "{}"  # the keyword arguments handed to the core, as a dict display
    call_slots: str = "()"  # the positional ones, as a tuple display


def _named(body_keyword: str | None, keywords: list[Param], body: bool) -> str:
    items = [f"{name!r}: {name}" for name in [body_keyword] if name]
    items += [f"{p.name!r}: {p.name}" for p in keywords]
    if body:
        items += ["'extra_body': extra_body", "**fields"]
    return "{" + ", ".join(items) + "}"


def _tuple(names: list[str]) -> str:
    return f"({names[0]},)" if len(names) == 1 else f"({', '.join(names)})"


def _text(value: Any) -> str:
    """Spec prose made safe inside a triple-quoted docstring."""
    text = " ".join(str(value or "").split())
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _wrap(text: str, indent: str, hang: str = "    ") -> str:
    """`text` wrapped to fit a method's docstring (8 columns in) within 100 columns."""
    import textwrap

    return textwrap.fill(text, 92, initial_indent=indent, subsequent_indent=indent + hang)


class _Types:
    """Annotations for the methods, with the imports they need (all under TYPE_CHECKING)."""

    def __init__(self) -> None:
        self.imports: set[str] = set()
        self.models: dict[str, str] = {}

    def model(self, name: str) -> str:
        self.imports.add(f"from .models.{self.models[name]} import {name}")
        return name

    def result(self, success: dict[int, str]) -> str:
        names = []
        for result in dict.fromkeys(success.values()):
            if result == "None":
                names.append("None")
            elif result.startswith("list["):
                names.append(f"list[{self.model(result[5:-1])}]")
            else:
                names.append(self.model(result))
        return " | ".join(names) or "None"

    def param(self, prop: Any) -> str:
        self.imports.update(
            i for i in prop.get_imports(prefix=".") if "types import" not in i and "cast" not in i
        )
        text = str(prop.get_type_string(no_optional=True).as_unembedded_code())
        if isinstance(prop, DateProperty | DateTimeProperty):
            return f"{text} | str"  # ISO 8601 strings are taken too
        if isinstance(prop, UuidProperty):
            return "str | UUID"
        return text


def _param_doc(raw: dict[str, Any], param: dict[str, Any]) -> str:
    param = _resolve(raw, param)
    schema = _resolve(raw, param.get("schema", {}))
    return _text(param.get("description") or schema.get("description"))


def _errors(operation: dict[str, Any]) -> list[str]:
    lines = []
    for status in operation.get("responses", {}):
        if str(status)[0] in "45":
            code = 500 if str(status).upper() == "5XX" else int(status)
            lines.append(f"{status_error_class(code).__name__}: HTTP {status}.")
    lines.append(
        "APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries."
    )
    lines.append("ValidationError: bad input, found before any request is sent.")
    return list(dict.fromkeys(lines))


def _method(
    op: Operation, e: Any, raw: dict[str, Any], models: dict[str, ModelProperty], types: _Types
) -> Method:
    http_method, path, spec_op = _raw_operations(raw)[op.name]
    resolved = [_resolve(raw, p) for p in spec_op.get("parameters", [])]
    params = {_raw(p["name"]): p for p in resolved}
    place = _app_id_place(e, models)
    props = {str(p.python_name): p for p in [*e.path_parameters, *e.query_parameters]}
    wire = {str(p.python_name): _raw(p.name) for p in props.values()}
    slots = []
    for name in slot_names(op, tuple(str(p.python_name) for p in e.path_parameters), place):
        if name == "app_id" and name not in props:  # in the body
            slots.append(Param(name, "str | UUID | None", "The app's id (sent in the body)."))
            continue
        doc = _param_doc(raw, params[wire[name]])
        slots.append(Param(name, f"{types.param(props[name])} | None", doc))
    for param in slots:
        if param.name == "app_id":
            param.doc += " Defaults to the client's `app_id`."
    body_name = _body_model(e)
    body = None
    if body_name:
        model = types.model(body_name)
        schema = raw["components"]["schemas"].get(body_name, {})
        doc = _text(schema.get("description")) or f"The {body_name}."
        doc += " A dict (snake_case or camelCase keys), a model or `onesignal.Notification`;"
        doc += " body fields may also be passed as keywords."
        body = Param("body", f"{model} | RequestBody | Mapping[str, Any] | None", doc)
        fields_of = {str(p.python_name) for p in _fields(models[body_name])}
        for reserved in ("timeout", "extra_body", "body", op.body_keyword):
            assert reserved not in fields_of, f"{op.name}: body field {reserved!r} is a keyword"
    keywords = []
    taken = {p.name for p in slots}
    for name, prop in props.items():
        if name in taken:
            continue
        doc = _param_doc(raw, params[wire[name]])
        keywords.append(Param(name, f"{types.param(prop)} | None", doc))
    for keyword, wire_name, doc in _list_forms(spec_op):
        keywords.append(Param(keyword, "list[str] | None", f"`{wire_name}`: {doc}"))
    for prop in e.header_parameters:
        doc = _param_doc(raw, params[_raw(prop.name)])
        keywords.append(Param(str(prop.python_name), "str | None", f"Header: {doc}"))
    success = _success(e)
    result = types.result(success)
    method = Method(
        name=op.name,
        aliases={a: method_names(op, is_async=a)[1:] for a in (False, True)},
        slots=slots,
        body=body,
        body_keyword=op.body_keyword if body else None,
        keywords=keywords,
        result=result,
        doc="",
        named=_named(op.body_keyword if body else None, keywords, body is not None),
        call_slots=_tuple([p.name for p in slots] + (["body"] if body else [])),
    )
    method.doc = _docstring(op, method, http_method, path, spec_op, raw)
    if op.pages:
        page_model = models[next(iter(success.values()))]
        items = next(p for p in _fields(page_model) if _raw(p.name) == op.pages.items)
        item = _nested_model(items)
        assert item is not None, f"{op.name}: {op.pages.items} holds no model"
        method.pages = {
            "helper": op.pages.helper,
            "item": types.model(item),
            "max": op.pages.max_page_size,
            "named": _named(None, [p for p in keywords if p.name not in _PAGING], False),
        }
    if op.export:
        method.export = {"helper": op.export.helper}
    return method


def _docstring(
    op: Operation,
    method: Method,
    http_method: str,
    path: str,
    spec_op: dict[str, Any],
    raw: dict[str, Any],
) -> str:
    summary = _text(spec_op.get("summary")).rstrip(".") + "."
    lines = [summary, ""]
    if spec_op.get("description"):
        lines += [_wrap(_text(spec_op["description"]), "", hang=""), ""]
    lines += [f"Needs {KEY_TEXT[op.key]}. `{http_method.upper()} {path}`.", "", "Args:"]
    for param in [*method.slots, *([method.body] if method.body else []), *method.keywords]:
        lines.append(_wrap(f"{param.name}: {param.doc or 'See the reference page.'}", "    "))
    if method.body_keyword:
        lines.append(
            _wrap(f"{method.body_keyword}: The body, as the official SDK names it.", "    ")
        )
    lines.append("    timeout: Seconds for this call, instead of the client's timeout.")
    if method.body:
        lines.append(_wrap("extra_body: Fields this SDK does not know yet, sent as given.", "    "))
        lines.append(_wrap("**fields: Body fields as keywords (snake_case or camelCase).", "    "))
    lines += ["", "Returns:"]
    for status, response in spec_op["responses"].items():
        if str(status).startswith("2"):
            text = _text(_resolve(raw, response).get("description"))
            lines.append(_wrap(f"HTTP {status}: {text}", "    "))
    lines += ["", "Raises:", *(_wrap(line, "    ") for line in _errors(spec_op))]
    aliases = method.aliases[False]
    if aliases:
        lines += ["", "Also callable as " + ", ".join(f"`{a}`" for a in aliases) + "."]
    url = spec_op.get("externalDocs", {}).get("url")
    if url:
        lines += ["", f"Reference: {url}"]
    return "\n".join(lines)


def write_methods(data: GeneratorData, raw: dict[str, Any], out: Path) -> None:
    endpoints = _endpoints(data)
    models = {str(m.class_info.name): m for m in data.models}
    types = _Types()
    types.models = {name: str(m.class_info.module_name) for name, m in models.items()}
    methods = [_method(op, endpoints[op.name], raw, models, types) for op in OPERATIONS]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    text = env.get_template("methods.py.jinja").render(
        header=HEADER, methods=methods, imports=sorted(types.imports)
    )
    (out / "methods.py").write_text(text)


def main() -> None:
    spec, config, package = (Path(arg) for arg in sys.argv[1:4])
    data, raw = _load(spec, config)
    write_index(data, raw, package)
    write_methods(data, raw, package)


if __name__ == "__main__":
    main()
