"""Property-based tests: every public method, fed random arguments, lets only ValidationError or
TypeError escape and sends nothing when it raises; valid calls survive random path ids; the
`Notification` builder and body conversion hold up under random names and nested data.

The examples that once found bugs are kept at the end as regression tests.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import math
import string
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onesignal_generated.facade_index import MODELS
from onesignal_generated.facade_index import OPERATIONS as SHAPES

from onesignal import AsyncOneSignal, Notification, OneSignal, ValidationError
from onesignal._casing import camel_case, encode_json, snake_case, to_wire
from onesignal._operations import OPERATIONS as TABLE
from onesignal._operations import Operation, method_names
from tests.loopback import Loopback
from tests.spec_tools import by_id, facade_call

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
SUB = "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"

# Deterministic for CI: the same examples on every run, and no example database on disk.
SETTINGS = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# -- fixtures: one loopback server and one client per module (starting them is the slow part) ---


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    loopback = Loopback()
    yield loopback
    loopback.close()


def _client_options(server: Loopback) -> dict[str, Any]:
    return {
        "rest_api_key": "rest-secret",
        "organization_api_key": "org-secret",
        "base_url": server.base_url,
        "max_retries": 0,
    }


@pytest.fixture(scope="module")
def client(server: Loopback) -> Iterator[OneSignal]:
    with OneSignal(**_client_options(server)) as c:
        yield c


@pytest.fixture(scope="module")
def async_client(server: Loopback) -> Iterator[tuple[asyncio.AbstractEventLoop, AsyncOneSignal]]:
    # Hypothesis drives sync test functions, so the async client gets a loop of its own.
    loop = asyncio.new_event_loop()
    c = AsyncOneSignal(**_client_options(server))
    yield loop, c
    loop.run_until_complete(c.close())
    loop.close()


# -- value strategies -----------------------------------------------------------------------------

TRICKY_TEXT = ["", " ", "\t\n", "../../x", "a/b?c#d%", "%2F", "ü", "你好", "💥", "a b", "null"]
texts = st.one_of(st.sampled_from(TRICKY_TEXT), st.text(max_size=12))
zones = st.sampled_from(
    [dt.timezone.utc, dt.timezone(dt.timedelta(hours=-7)), dt.timezone(dt.timedelta(hours=5.5))]
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
    st.binary(max_size=6),
    st.datetimes(),  # naive
    st.datetimes(timezones=zones),  # aware
    st.dates(),
    st.uuids(),
    st.builds(object),
    st.just(Notification(included_segments=["All"])),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(texts, inner, max_size=3),
        st.dictionaries(st.integers() | st.uuids() | st.booleans(), inner, max_size=2),
        st.sets(st.integers(), max_size=3),
    ),
    max_leaves=6,
)
identifiers = st.text(string.ascii_letters + "_", min_size=1, max_size=12)


def _keyword_names(op: Operation) -> list[str]:
    shape = SHAPES[op.name]
    names = [*shape.path, *shape.query, "body", "app_id", "timeout", "extra_body"]
    if shape.body is not None:
        fields = MODELS[shape.body].fields
        names += [*fields, *fields.values(), *(camel_case(f) for f in fields)]
    return sorted(set(names))


# The spec's valid arguments per operation, computed once (the spec is parsed on first use).
VALID = {op.name: facade_call(by_id(op.name)) for op in TABLE}


@st.composite
def calls(draw: st.DrawFn, op: Operation) -> tuple[list[Any], dict[str, Any]]:
    """Random positional and keyword arguments. Two in three start from a valid call, so that
    the checks past the positional count (ids, query, body conversion) are reached too."""
    if draw(st.integers(0, 2)) == 0:
        args = draw(st.lists(values, max_size=5))
    else:
        args = copy.deepcopy(VALID[op.name][0])
        if args and draw(st.booleans()):
            args[draw(st.integers(0, len(args) - 1))] = draw(values)
        elif draw(st.integers(0, 3)) == 0:
            args = args[: draw(st.integers(0, len(args)))]
    real = st.sampled_from(_keyword_names(op))
    names = draw(st.lists(st.one_of(real, real, identifiers), max_size=3, unique=True))
    kwargs = {}
    for name in names:
        kwargs[name] = draw(values)
    return args, kwargs


SYNC_NAMES = [(op, name) for op in TABLE for name in method_names(op, is_async=False)]
ASYNC_NAMES = [(op, name) for op in TABLE for name in method_names(op, is_async=True)]


# -- 1. random arguments on every sync method -----------------------------------------------------


@pytest.mark.parametrize(("op", "name"), SYNC_NAMES, ids=[name for _, name in SYNC_NAMES])
@SETTINGS
@given(data=st.data())
def test_random_arguments_raise_only_validation_or_type_errors(
    client: OneSignal, server: Loopback, op: Operation, name: str, data: st.DataObject
) -> None:
    args, kwargs = data.draw(calls(op))
    before = len(server.requests)
    try:
        getattr(client, name)(*args, **kwargs)
    except (ValidationError, TypeError):
        # Anything else escapes and fails the test; these must be raised before sending.
        assert len(server.requests) == before, "raised after a request left"
    else:
        assert len(server.requests) == before + 1  # max_retries=0: exactly one request


# -- 2. a valid call with one path id replaced by random text -------------------------------------


def _positions(op: Operation) -> list[str]:
    """The positional ids of `op` in the order its method takes them (see facade_call)."""
    shape = SHAPES[op.name]
    ids = [p for p in shape.path if p != "app_id"]
    if shape.app_id:
        ids.insert(len(ids) if op.app_id_last else 0, "app_id")
    return ids


# Free-text path ids (alias ids, tokens, activity ids): anything arrives as one segment.
PATH_CASES = [
    (op, index, param)
    for op in TABLE
    for index, param in enumerate(_positions(op))
    if param in SHAPES[op.name].path and param not in SHAPES[op.name].uuids
]
# Ids the spec declares as UUIDs: anything else is refused before sending, naming the id.
UUID_CASES = [
    (op, index, param)
    for op in TABLE
    for index, param in enumerate(_positions(op))
    if param in SHAPES[op.name].uuids
]
path_ids = st.one_of(st.sampled_from(TRICKY_TEXT), st.text(min_size=1, max_size=16)).filter(
    lambda s: s.strip() and s not in (".", "..")
)


@pytest.mark.parametrize(
    ("op", "index", "param"), PATH_CASES, ids=[f"{op.name}-{p}" for op, _, p in PATH_CASES]
)
@SETTINGS
@given(text=path_ids)
def test_random_path_id_arrives_as_one_encoded_segment(
    client: OneSignal, server: Loopback, op: Operation, index: int, param: str, text: str
) -> None:
    args, kwargs = copy.deepcopy(VALID[op.name])
    args[index] = text
    before = len(server.requests)
    getattr(client, op.name)(*args, **kwargs)
    assert len(server.requests) == before + 1
    _assert_one_segment(server.last().path, SHAPES[op.name].template, param, text)


@pytest.mark.parametrize(
    ("op", "index", "param"), UUID_CASES, ids=[f"{op.name}-{p}" for op, _, p in UUID_CASES]
)
@settings(SETTINGS, max_examples=20)
@given(text=path_ids.filter(lambda s: not _is_uuid(s)))
def test_a_uuid_id_that_is_no_uuid_is_refused_unsent(
    client: OneSignal, server: Loopback, op: Operation, index: int, param: str, text: str
) -> None:
    args, kwargs = copy.deepcopy(VALID[op.name])
    args[index] = text
    before = len(server.requests)
    with pytest.raises(ValidationError) as caught:
        getattr(client, op.name)(*args, **kwargs)
    assert caught.value.field == param
    assert len(server.requests) == before


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


def _assert_one_segment(raw: str, template: str, param: str, text: str) -> None:
    sent = raw.split("?", 1)[0].split("/")
    expected = template.split("/")
    assert len(sent) == len(expected), f"{raw!r} does not match {template!r}"
    assert unquote(sent[expected.index("{" + param + "}")]) == text


# -- 3. the async client, a smaller sample ---------------------------------------------------------


@settings(SETTINGS, max_examples=150)
@given(case=st.sampled_from(ASYNC_NAMES).flatmap(lambda c: st.tuples(st.just(c), calls(c[0]))))
def test_async_random_arguments_raise_only_validation_or_type_errors(
    async_client: tuple[asyncio.AbstractEventLoop, AsyncOneSignal],
    server: Loopback,
    case: Any,
) -> None:
    loop, aclient = async_client
    (_, name), (args, kwargs) = case
    before = len(server.requests)
    try:
        loop.run_until_complete(getattr(aclient, name)(*args, **kwargs))
    except (ValidationError, TypeError):
        assert len(server.requests) == before, "raised after a request left"
    else:
        assert len(server.requests) == before + 1


# -- 4. Notification: attribute names ------------------------------------------------------------

FIELDS = MODELS["Notification"].fields
SPELLINGS = sorted({*FIELDS, *FIELDS.values(), *(camel_case(f) for f in FIELDS)})


def _typo(name: str) -> st.SearchStrategy[str]:
    return st.integers(0, len(name)).map(lambda i: name[:i] + "x" + name[i:])


attribute_names = st.one_of(
    st.sampled_from(SPELLINGS),
    st.sampled_from(SPELLINGS).flatmap(_typo),
    identifiers,
    st.text(max_size=10),
    st.sampled_from(["_data", "__class__", "__dict__", "to_dict", "_schema", "__slots__"]),
)


@settings(SETTINGS, max_examples=300)
@given(name=attribute_names, value=texts)
def test_notification_attributes_are_known_fields_or_attribute_errors(
    name: str, value: str
) -> None:
    notification = Notification()
    try:
        setattr(notification, name, value)
    except AttributeError:
        assert name not in SPELLINGS
        return
    # Accepted: it names a real field (in some casing) and reads back under that name.
    assert snake_case(name) in FIELDS or name in FIELDS.values()
    assert getattr(notification, name) == value
    assert [*notification._data] == [FIELDS.get(snake_case(name), name)]
    delattr(notification, name)
    assert notification.to_dict() == {}


# -- 5. body conversion on random nested data ------------------------------------------------------

FREE_FORM = {"data", "custom_data", "contents", "headings", "subtitle", "android_group_message"}
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
free_maps = st.dictionaries(texts, json_like, max_size=4)
notification_bodies = st.dictionaries(
    st.sampled_from(SPELLINGS) | identifiers | texts, values, max_size=5
) | st.fixed_dictionaries({}, optional={f: free_maps for f in FREE_FORM})


@settings(SETTINGS, max_examples=300)
@given(body=notification_bodies)
def test_to_wire_returns_json_or_raises_validation_error(body: dict[str, Any]) -> None:
    """What the client sends: `to_wire` respells, `encode_json` makes the bytes."""
    try:
        wire = to_wire(body, "Notification")
        sent = json.loads(encode_json(wire))
    except ValidationError:
        return
    assert sent.keys() == wire.keys()
    for key, item in body.items():
        if key in FREE_FORM and type(item) is dict:
            # Free-form maps: keys (at every depth) and values reach the wire untouched (a
            # value that is no map, a UUID say, is made JSON like any other).
            assert wire[key] == item


@settings(SETTINGS, max_examples=100)
@given(tags=free_maps)
def test_user_tags_keys_are_never_changed(tags: dict[str, Any]) -> None:
    try:
        wire = to_wire({"tags": tags}, "PropertiesObject")
    except ValidationError as error:  # only a value JSON cannot carry is refused
        assert "not a JSON number" in str(error)
        return
    assert wire == {"tags": tags}


# -- regressions: examples that once found bugs -----------------------------------------------


def _refused_unsent(server: Loopback, call: Any, *errors: type[Exception]) -> None:
    before = len(server.requests)
    with pytest.raises(errors or (ValidationError,)):
        call()
    assert len(server.requests) == before


@pytest.mark.parametrize(
    "bad",
    ["abc", math.nan, -1, math.inf, 10**400, 0],
    ids=["abc", "nan", "-1", "inf", "1e400", "0"],
)
def test_bad_timeout_is_a_validation_error(client: OneSignal, server: Loopback, bad: Any) -> None:
    _refused_unsent(server, lambda: client.get_segments(APP, timeout=bad))


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("list_audit_logs", {"start_time": 5}),
        ("get_email_provider_metrics", {"domain": "x", "start": 5, "end": "2024-01-01T00:00:00Z"}),
    ],
)
def test_non_datetime_time_query_is_a_validation_error(
    client: OneSignal, server: Loopback, name: str, kwargs: dict[str, Any]
) -> None:
    _refused_unsent(server, lambda: getattr(client, name)(APP, **kwargs))


def test_non_mapping_extra_body_is_refused(client: OneSignal, server: Loopback) -> None:
    call = lambda: client.create_segment(APP, {"name": "x"}, extra_body="ab")  # noqa: E731
    _refused_unsent(server, call, ValidationError, TypeError)


@pytest.mark.parametrize("text", [".", ".."])
def test_dot_segment_ids_stay_one_segment(client: OneSignal, server: Loopback, text: str) -> None:
    before = len(server.requests)
    try:
        client.delete_subscription(APP, text)
    except ValidationError:
        assert len(server.requests) == before
        return
    # Today `..` turns DELETE /apps/{app}/subscriptions/.. into DELETE /apps/{app}.
    _assert_one_segment(
        server.last().path, SHAPES["delete_subscription"].template, "subscription_id", text
    )


@pytest.mark.parametrize("where", ["path", "query"])
def test_unencodable_text_is_a_validation_error(
    client: OneSignal, server: Loopback, where: str
) -> None:
    if where == "path":
        _refused_unsent(server, lambda: client.delete_subscription(APP, "a\ud800"))
    else:
        _refused_unsent(server, lambda: client.get_segments(APP, limit="\ud800"))


@pytest.mark.parametrize(
    "bad", [object(), {"a": 1}, b"x", {1, 2}], ids=["object", "dict", "bytes", "set"]
)
def test_non_primitive_query_value_is_refused(
    client: OneSignal, server: Loopback, bad: Any
) -> None:
    _refused_unsent(server, lambda: client.get_segments(APP, limit=bad), ValidationError, TypeError)


def test_body_keyword_on_bodyless_operation_is_refused(client: OneSignal, server: Loopback) -> None:
    _refused_unsent(server, lambda: client.get_segments(APP, body={"x": 1}), TypeError)


def test_body_both_positionally_and_by_keyword_is_refused(
    client: OneSignal, server: Loopback
) -> None:
    call = lambda: client.create_segment(APP, {"name": "a"}, body={"name": "b"})  # noqa: E731
    _refused_unsent(server, call, TypeError)


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_non_finite_floats_are_refused(bad: float) -> None:
    with pytest.raises(ValidationError):  # strict JSON is what the API parses
        encode_json(to_wire({"ttl": bad, "data": {"x": [bad]}}, "Notification"))
    with pytest.raises(ValidationError, match=r"data\.x\[0\]"):
        encode_json(to_wire({"data": {"x": [bad]}}, "Notification"))
