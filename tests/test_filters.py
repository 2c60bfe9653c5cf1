"""The filter builder: the exact JSON of each field kind, AND/OR combinations, refused
relations and values, and what reaches the wire when a body carries it (sync and async)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from onesignal import AsyncOneSignal, Notification, OneSignal, ValidationError
from onesignal import filters as f
from onesignal.mock import PrismMock
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
OR = {"operator": "OR"}


def tag(key: str, relation: str, value: str | None = None) -> dict[str, Any]:
    entry = {"field": "tag", "key": key, "relation": relation}
    return entry if value is None else {**entry, "value": value}


@pytest.mark.parametrize(
    ("built", "expected"),
    [
        (f.tag("level") > 10, tag("level", ">", "10")),
        (f.tag("level") < 2.5, tag("level", "<", "2.5")),
        (f.tag("plan") == "gold", tag("plan", "=", "gold")),
        (f.tag("plan") != "free", tag("plan", "!=", "free")),
        (f.tag("plan")("gold"), tag("plan", "=", "gold")),
        (f.tag("vip").exists(), tag("vip", "exists")),
        (f.tag("vip").not_exists(), tag("vip", "not_exists")),
        (f.tag("paid_at").time_elapsed_gt(3600), tag("paid_at", "time_elapsed_gt", "3600")),
        (
            f.tag("paid_at").time_elapsed_lt(dt.timedelta(days=1)),
            tag("paid_at", "time_elapsed_lt", "86400"),
        ),
        (f.tag("level").where(">", "10"), tag("level", ">", "10")),
        (
            f.last_session(hours_ago=24, relation=">"),
            {"field": "last_session", "relation": ">", "hours_ago": "24"},
        ),
        (f.last_session < 1.5, {"field": "last_session", "relation": "<", "hours_ago": "1.5"}),
        (
            f.first_session > dt.timedelta(days=7),
            {"field": "first_session", "relation": ">", "hours_ago": "168"},
        ),
        (f.session_count > 5, {"field": "session_count", "relation": ">", "value": "5"}),
        (f.session_count != 1, {"field": "session_count", "relation": "!=", "value": "1"}),
        (
            f.session_time > dt.timedelta(hours=1),
            {"field": "session_time", "relation": ">", "value": "3600"},
        ),
        (f.amount_spent > 0.99, {"field": "amount_spent", "relation": ">", "value": "0.99"}),
        (
            f.bought_sku("com.example.coins") == 4.99,
            {"field": "bought_sku", "key": "com.example.coins", "relation": "=", "value": "4.99"},
        ),
        (f.language("es"), {"field": "language", "relation": "=", "value": "es"}),
        (f.language("en", "!="), {"field": "language", "relation": "!=", "value": "en"}),
        (f.app_version > "1.2.0", {"field": "app_version", "relation": ">", "value": "1.2.0"}),
        (f.country("US"), {"field": "country", "relation": "=", "value": "US"}),
        (f.country == "FR", {"field": "country", "relation": "=", "value": "FR"}),
        (
            f.location(radius=1000, lat=37.77, long=-122.42),
            {"field": "location", "radius": 1000, "lat": 37.77, "long": -122.42},
        ),
    ],
)
def test_each_field_kind_emits_the_documented_json(built: f.Condition, expected: Any) -> None:
    assert built.to_list() == [expected]
    assert list(built) == [expected]
    assert built.to_dict() == expected
    assert isinstance(built, list)


def test_and_keeps_conditions_side_by_side() -> None:
    built = (f.tag("level") > 10) & f.country("US") & f.language("en")
    assert built.to_list() == [
        tag("level", ">", "10"),
        {"field": "country", "relation": "=", "value": "US"},
        {"field": "language", "relation": "=", "value": "en"},
    ]


def test_or_puts_an_operator_entry_between_groups() -> None:
    built = (f.tag("level") > 10) & f.country("US") | f.tag("vip").exists()
    assert built == [
        tag("level", ">", "10"),
        {"field": "country", "relation": "=", "value": "US"},
        OR,
        tag("vip", "exists"),
    ]


def test_and_over_an_or_is_spread_out() -> None:
    # a & (b | c) cannot be a flat list as written; it is sent as a & b | a & c.
    a, b, c = f.tag("a").exists(), f.language("en"), f.language("es")
    built = a & (b | c)
    assert built == [*a, *b, OR, *a, *c]
    assert (b | c) & a == [*b, *a, OR, *c, *a]
    assert (a | b) & (c | a) == [*a, *c, OR, *a, *a, OR, *b, *c, OR, *b, *a]


def test_all_of_and_any_of() -> None:
    a, b, c = f.country("US"), f.country("CA"), f.session_count > 3
    assert f.any_of(a, b, c) == a | b | c == [*a, OR, *b, OR, *c]
    assert f.all_of(f.any_of(a, b), c) == [*a, *c, OR, *b, *c]
    assert f.all_of() == [] and f.any_of() == []
    # Plain JSON lists combine too, their own OR entries included.
    assert f.all_of([{"field": "country", "relation": "=", "value": "US"}, OR], c) == [*a, *c]


def test_combining_leaves_its_parts_unchanged() -> None:
    a, b = f.country("US"), f.language("en")
    combined = a | b
    combined[0]["value"] = "XX"
    combined.to_list()[2]["value"] = "YY"
    assert a.to_dict()["value"] == "US"
    assert combined[2]["value"] == "en" and b.to_dict()["value"] == "en"


@pytest.mark.parametrize(
    ("build", "field", "allowed"),
    [
        (lambda: f.language > "en", "language", "'=', '!='"),
        (lambda: f.country != "US", "country", "'='"),
        (lambda: f.last_session == 3, "last_session", "'>', '<'"),
        (lambda: f.session_time == 5, "session_time", "'>', '<'"),
        (lambda: f.amount_spent != 1, "amount_spent", "'>', '<', '='"),
        (lambda: f.bought_sku("sku") != 1, "bought_sku", "'>', '<', '='"),
        (lambda: f.session_count.exists(), "session_count", "'>', '<', '=', '!='"),
        (lambda: f.app_version.time_elapsed_gt(5), "app_version", "'>', '<', '=', '!='"),
        (lambda: f.tag("x").where("contains", "y"), "tag", "'time_elapsed_lt'"),
        (lambda: f.last_session(hours_ago=2), "last_session", "'>', '<'"),
    ],
)
def test_a_relation_the_field_lacks_is_refused(build: Any, field: str, allowed: str) -> None:
    with pytest.raises(ValidationError, match=field) as caught:
        build()
    assert caught.value.field == field
    assert allowed in str(caught.value)


@pytest.mark.parametrize(
    "build",
    [
        lambda: f.tag("level") > None,  # type: ignore[operator]
        lambda: f.tag("level") > True,
        lambda: f.tag("level") > float("nan"),
        lambda: f.tag("level") > [1],  # type: ignore[operator]
        lambda: f.tag("vip").where("exists", "1"),
        lambda: f.tag(""),
        lambda: f.bought_sku(5),  # type: ignore[arg-type]
        lambda: f.country == dt.timedelta(days=1),
        lambda: f.location(radius=-1, lat=0, long=0),
        lambda: f.location(radius=10, lat=91, long=0),
        lambda: f.location(radius=10, lat=0, long="1"),  # type: ignore[arg-type]
    ],
)
def test_bad_values_are_refused(build: Any) -> None:
    with pytest.raises(ValidationError):
        build()


def test_wrong_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError, match="hours_ago"):
        f.country(hours_ago=3)


# -- in_array / not_in_array: a list of values, sent as one comma-separated string -----------


@pytest.mark.parametrize(
    ("built", "relation", "value"),
    [
        (f.language.in_array(["en", "fr"]), "in_array", "en,fr"),
        (f.language.in_array(("de",)), "in_array", "de"),
        (f.language.not_in_array(["en", "es", "pt"]), "not_in_array", "en,es,pt"),
        (f.language.where("in_array", ["it", "nl"]), "in_array", "it,nl"),
        (f.language(["zh-Hans", "zh-Hant"], "in_array"), "in_array", "zh-Hans,zh-Hant"),
        (f.language.in_array(code for code in ("fi", "sv")), "in_array", "fi,sv"),
    ],
)
def test_list_relations_send_one_comma_separated_value(
    built: f.Condition, relation: str, value: str
) -> None:
    assert built.to_dict() == {"field": "language", "relation": relation, "value": value}


def test_list_relations_combine_like_any_condition() -> None:
    audience = f.language.in_array(["de", "fr"]) & (f.last_session < 720) | f.country("US")
    assert audience.to_list() == [
        {"field": "language", "relation": "in_array", "value": "de,fr"},
        {"field": "last_session", "relation": "<", "hours_ago": "720"},
        OR,
        {"field": "country", "relation": "=", "value": "US"},
    ]


@pytest.mark.parametrize(
    ("build", "says"),
    [
        (lambda: f.language.in_array([]), "at least one value"),
        (lambda: f.language.not_in_array(()), "at least one value"),
        (lambda: f.language.in_array(["en,fr"]), "cannot contain a comma"),
        (lambda: f.language.in_array(["en", "fr,de"]), "cannot contain a comma"),
        (lambda: f.language.in_array("en,fr"), "takes a list of values"),
        (lambda: f.language.in_array("en"), "takes a list of values"),
        (lambda: f.language.in_array(None), "takes a list of values"),  # type: ignore[arg-type]
        (lambda: f.language.in_array(["en", ""]), "non-empty string"),
        (lambda: f.language.in_array(["en", " "]), "non-empty string"),
        (lambda: f.language.in_array(["en", 3]), "non-empty string"),  # type: ignore[list-item]
        (lambda: f.language("en", "in_array"), "takes a list of values"),
    ],
)
def test_bad_list_values_are_refused_naming_the_field(build: Any, says: str) -> None:
    with pytest.raises(ValidationError, match=says) as caught:
        build()
    assert caught.value.field == "language"


@pytest.mark.parametrize(
    "build",
    [
        lambda: f.country.in_array(["US", "CA"]),
        lambda: f.tag("plan").in_array(["gold", "silver"]),
        lambda: f.session_count.not_in_array(["1", "2"]),
    ],
)
def test_list_relations_only_where_documented(build: Any) -> None:
    """OneSignal documents `in_array` / `not_in_array` for `language` only."""
    with pytest.raises(ValidationError, match="does not support relation") as caught:
        build()
    assert "in_array" in str(caught.value)


def test_more_entries_than_onesignal_takes_are_refused() -> None:
    many = f.any_of(*(f.country(f"C{i}") for i in range(100)))
    assert len(many) == 199
    with pytest.raises(ValidationError, match="200") as caught:
        many | f.country("XX") | f.country("YY")
    assert caught.value.field == "filters"


# -- on the wire -----------------------------------------------------------------------------

AUDIENCE = (f.tag("level") > 10) & (f.last_session < 24) | f.country("US")
AUDIENCE_JSON = [
    tag("level", ">", "10"),
    {"field": "last_session", "relation": "<", "hours_ago": "24"},
    OR,
    {"field": "country", "relation": "=", "value": "US"},
]


def test_a_segment_built_with_the_builder_reaches_the_wire(server: Loopback) -> None:
    with OneSignal(rest_api_key="k", base_url=server.base_url, max_retries=0) as client:
        client.create_segment(APP, {"name": "Keen", "filters": AUDIENCE})
        assert server.last().json() == {"name": "Keen", "filters": AUDIENCE_JSON}
        client.create_segment(APP, name="One", filters=f.country("US"))
        assert server.last().json()["filters"] == [AUDIENCE_JSON[-1]]
        # A plain list of conditions, as the docs write the JSON.
        client.create_segment(APP, name="Two", filters=[f.country("US"), f.language("en")])
        assert server.last().json()["filters"] == [
            AUDIENCE_JSON[-1],
            {"field": "language", "relation": "=", "value": "en"},
        ]


async def test_a_notification_with_builder_filters_reaches_the_wire_async(
    server: Loopback,
) -> None:
    n = Notification()
    n.app_id = APP
    n.contents = {"en": "Level up"}
    n.filters = AUDIENCE
    async with AsyncOneSignal(rest_api_key="k", base_url=server.base_url, max_retries=0) as c:
        await c.create_notification(n)
    sent = server.last().json()
    assert sent["filters"] == AUDIENCE_JSON
    assert sent["app_id"] == APP


def test_a_group_nested_in_a_plain_list_is_refused_before_sending(server: Loopback) -> None:
    client = OneSignal(rest_api_key="k", base_url=server.base_url)
    with pytest.raises(ValidationError, match=r"filters\[0\]"):
        client.create_segment(APP, name="x", filters=[f.country("US") | f.country("CA")])
    client.close()
    assert server.requests == []


def test_prism_accepts_the_builder_output(prism: PrismMock) -> None:
    """The spec's mock validates the request: every entry kind the builder makes fits."""
    every = (
        f.all_of(
            f.tag("vip").exists(),
            f.tag("paid_at").time_elapsed_gt(60),
            f.first_session > 1,
            f.session_time > 60,
            f.amount_spent > 1,
            f.bought_sku("sku") < 2,
            f.app_version != "1.0",
            f.location(radius=5, lat=1.5, long=2.5),
        )
        | AUDIENCE
    )
    with OneSignal(rest_api_key="k", base_url=prism.base_url, max_retries=0) as client:
        created = client.create_segment(APP, name="Every kind", filters=every)
    assert created.success is True


# -- no truth value (chained comparisons, and/or/not) ----------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda: 1 < f.session_count < 5,  # would keep only `< 5`
        lambda: 1 < f.session_count <= 5,
        lambda: "1.0" < f.app_version != "2.0",
        lambda: f.country("US") and f.language("en"),  # would keep only the language
        lambda: f.country("US") or f.language("en"),  # would keep only the country
        lambda: not f.tag("vip").exists(),
        lambda: (f.country("US") | f.country("CA")) and f.language("en"),
        lambda: f.all_of() or f.country("US"),  # empty lists have no truth value either
        lambda: bool(f.session_count > 1),
        lambda: f.country("US") if f.language("en") else None,
    ],
)
def test_a_condition_has_no_truth_value(build: Any) -> None:
    with pytest.raises(TypeError, match="no truth value") as caught:
        build()
    message = str(caught.value)
    assert "(f.session_count > 1) & (f.session_count < 5)" in message
    assert "| for OR" in message and "len()" in message


def test_what_to_write_instead_of_a_chained_comparison() -> None:
    between = (f.session_count > 1) & (f.session_count < 5)
    assert between == [
        {"field": "session_count", "relation": ">", "value": "1"},
        {"field": "session_count", "relation": "<", "value": "5"},
    ]
    assert len(f.all_of()) == 0 and len(between) == 2


def test_the_sdk_never_asks_a_condition_for_its_truth(server: Loopback) -> None:
    """Bodies holding builder output go through every SDK path without a `bool()` on it."""
    audience = f.tag("level") > 10
    with OneSignal(rest_api_key="k", base_url=server.base_url, max_retries=0) as client:
        client.create_notification(
            {"app_id": APP, "contents": {"en": "hi"}, "filters": audience | f.country("US")}
        )
        assert server.last().json()["filters"][-1]["value"] == "US"
        n = Notification(app_id=APP, contents={"en": "hi"}, filters=f.all_of(audience))
        client.create_notification(n)
        assert server.last().json()["filters"] == [audience.to_dict()]
        sent = len(server.requests)
        # The bulk send refuses another audience as a ValidationError, not a TypeError.
        for body in ({"contents": {"en": "hi"}, "filters": audience}, n):
            with pytest.raises(ValidationError, match="filters cannot be combined"):
                client.send_to_external_ids(body, ["a"], app_id=APP)
        assert len(server.requests) == sent


def _takes_filters() -> list[str]:
    from onesignal_generated.facade_index import MODELS, OPERATIONS

    return sorted(
        name
        for name, shape in OPERATIONS.items()
        if shape.body and "filters" in MODELS[shape.body].fields.values()
    )


@pytest.mark.parametrize("operation", _takes_filters())
def test_every_call_with_filters_sends_builder_output(server: Loopback, operation: str) -> None:
    """Each call whose body has `filters`: the builder's output goes out as JSON, untested
    for truth on the way (a `bool()` on it would raise)."""
    from onesignal_generated.facade_index import MODELS, OPERATIONS

    audience = (f.session_count > 1) & (f.session_count < 5) | f.country("US")
    other = "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3"  # ids are UUIDs, the rest any string
    shape = OPERATIONS[operation]
    path = [APP if p == "app_id" else other for p in shape.path]
    # The body's other required fields, with stand-ins (the loopback server checks nothing).
    model = MODELS[shape.body]
    body: dict[str, Any] = {
        name: model.enums.get(name, ["x"])[0] for name in model.required if name != "app_id"
    }
    body["filters"] = audience
    with OneSignal(rest_api_key="k", app_id=APP, base_url=server.base_url, max_retries=0) as c:
        getattr(c, operation)(*path, body=body)
    assert server.last().json()["filters"] == audience.to_list()


async def test_the_sdk_never_asks_a_condition_for_its_truth_async(server: Loopback) -> None:
    audience = f.tag("level") > 10
    async with AsyncOneSignal(rest_api_key="k", base_url=server.base_url, max_retries=0) as c:
        await c.create_segment(APP, name="Keen", filters=audience & f.language("en"))
        assert server.last().json()["filters"][0] == audience.to_dict()
        with pytest.raises(ValidationError, match="filters cannot be combined"):
            await c.send_to_external_ids(
                {"contents": {"en": "hi"}, "filters": audience}, ["a"], app_id=APP
            )
