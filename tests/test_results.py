"""Results people can use: the spec's own example answers read through the facade."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import pickle
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Any

import pytest
from onesignal_generated.facade_index import MODELS, OPERATIONS
from onesignal_generated.models import (
    App,
    AppCreateRequest,
    Filter,
    NotificationDetail,
    NotificationPage,
    Subscription,
)

from onesignal import OneSignal
from onesignal._lenient import read_leniently
from onesignal._model import Model
from tests.loopback import Loopback
from tests.spec_tools import ROOT, by_id, operations

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
ORG_ID = uuid.UUID("3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f")


def example(operation: str, name: str | None = None, code: str = "200") -> Any:
    media = by_id(operation).response_media(code)
    assert media is not None
    examples = media["examples"]
    return copy.deepcopy(examples[name or next(iter(examples))]["value"])


def _success_examples() -> list[tuple[str, str, str, Any]]:
    cases = []
    for op in operations():
        for code in op.success_codes():
            media = op.response_media(code)
            if media is None:
                continue
            named = {n: e["value"] for n, e in media.get("examples", {}).items()}
            if "example" in media:
                named["example"] = media["example"]
            cases += [(op.id, code, n, value) for n, value in named.items()]
    return cases


SUCCESS_EXAMPLES = _success_examples()


@pytest.fixture
def client(server: Loopback) -> OneSignal:
    return OneSignal(
        rest_api_key="k", organization_api_key="o", app_id=APP, base_url=server.base_url
    )


@pytest.fixture
def page(client: OneSignal, server: Loopback) -> NotificationPage:
    server.answer(200, example("get_notifications"))
    return client.get_notifications(APP)


def _walk(value: Any, path: str = "") -> list[tuple[str, Any]]:
    """Every value reachable through a result's attributes, read as a user would."""
    found = [(path, value)]
    if isinstance(value, Model):
        for attr in type(value)._by_wire.values():
            found += _walk(getattr(value, attr), f"{path}.{attr}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _walk(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            found += _walk(item, f"{path}[{key!r}]")
    return found


# -- ids and uuids ----------------------------------------------------------------------------


def test_ids_are_the_same_str_on_every_result(client: OneSignal, server: Loopback) -> None:
    server.answer(200, example("create_notification", "created"))
    sent = client.create_notification({"app_id": APP, "contents": {"en": "Hi"}})
    server.answer(200, example("get_notifications"))
    page = client.get_notifications(APP)
    assert type(sent.id) is str and type(page.notifications[0].id) is str
    assert sent.id == page.notifications[0].id == "b98881cc-1e94-4366-bbd9-db8f3429292b"
    assert page.notifications[0].app_id == APP


@pytest.mark.parametrize(("operation", "code", "name", "answer"), SUCCESS_EXAMPLES)
def test_no_uuid_objects_anywhere_in_any_example(
    operation: str, code: str, name: str, answer: Any
) -> None:
    result = read_leniently(OPERATIONS[operation].success[int(code)], copy.deepcopy(answer))
    assert not [p for p, v in _walk(result) if isinstance(v, uuid.UUID)]


def test_uuid_accepted_when_building_a_model() -> None:
    key = uuid.UUID(APP)
    app = App(name="Shop", id=key)
    assert app.id == APP and type(app.id) is str
    assert app.to_dict() == {"name": "Shop", "id": APP}
    app.id = uuid.UUID("7ed2887d-bd24-4a81-8220-4b256a08ab19")
    assert app.to_dict()["id"] == "7ed2887d-bd24-4a81-8220-4b256a08ab19"


# -- free-form maps are dicts -----------------------------------------------------------------


def test_free_form_maps_are_plain_dicts(page: NotificationPage) -> None:
    n = page.notifications[0]
    assert type(n.contents) is dict and type(n.headings) is dict and type(n.data) is dict
    assert dict(n.contents) == {"en": "Members get 30% off everything until midnight."}
    assert n.contents.get("en") == "Members get 30% off everything until midnight."
    assert n.contents.get("fr") is None
    assert n.data == {"campaign": "bf-2026"}


def test_user_identity_and_tags_are_dicts(client: OneSignal, server: Loopback) -> None:
    server.answer(200, example("get_user"))
    user = client.get_user(APP, "external_id", "customer-5213")
    assert type(user.identity) is dict and user.identity["external_id"] == "customer-5213"
    assert user.properties is not None
    assert type(user.properties.tags) is dict and user.properties.tags.get("plan") == "gold"


def test_a_free_form_answer_is_a_dict() -> None:
    name = next(n for n, m in MODELS.items() if not m.fields and n.endswith("Response"))
    answer = read_leniently(name, {"anything": [1]})
    assert isinstance(answer, dict) and type(answer).__name__ == name
    assert answer == answer.to_dict() == {"anything": [1]}
    assert json.dumps(answer) == '{"anything": [1]}'


# -- repr ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("operation", "code", "name", "answer"), SUCCESS_EXAMPLES)
def test_repr_shows_present_fields_only(operation: str, code: str, name: str, answer: Any) -> None:
    text = repr(read_leniently(OPERATIONS[operation].success[int(code)], copy.deepcopy(answer)))
    assert "Unset" not in text and "object at 0x" not in text


def test_repr_is_the_fields_that_came(client: OneSignal, server: Loopback) -> None:
    server.answer(200, {"id": "3f1d9a2c-6e4b-4c8d-9a7f-2b5e8c1d0f63", "external_id": None})
    assert repr(client.create_notification({"app_id": APP})) == (
        "NotificationCreateResult(id='3f1d9a2c-6e4b-4c8d-9a7f-2b5e8c1d0f63', external_id=None)"
    )
    assert repr(App(name="Shop")) == "App(name='Shop')"


def test_a_field_left_out_reads_as_none(page: NotificationPage) -> None:
    n = page.notifications[0]
    received = n.as_received()
    assert "template_id" not in received and "outcomes" not in received
    assert n.template_id is None and n.outcomes is None
    assert "template_id" not in repr(n) and "template_id" not in n.to_dict()


# -- names --------------------------------------------------------------------------------------


def test_camel_case_reads(page: NotificationPage) -> None:
    assert page.totalCount == page.total_count == 312  # type: ignore[attr-defined]
    assert page.notifications[0].includedSegments == ["Active Users", "Frequent Buyers"]  # type: ignore[attr-defined]


def test_renamed_fields_read_by_their_json_name(client: OneSignal, server: Loopback) -> None:
    server.answer(200, example("get_user"))
    sub = client.get_user(APP, "external_id", "customer-5213").subscriptions[0]  # type: ignore[index]
    assert isinstance(sub, Subscription)
    assert sub.type == sub.type_ == "AndroidPush"
    sub.type = "iOSPush"
    assert sub.type_ == "iOSPush" and sub.to_dict()["type"] == "iOSPush"


def test_misspelt_field_says_what_was_meant(client: OneSignal, server: Loopback) -> None:
    server.answer(200, {"id": APP, "name": "Shop"})
    app = client.get_app(APP)
    with pytest.raises(AttributeError, match=r"'nmae'; did you mean 'name'\?"):
        app.nmae  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match="did you mean 'name'"):
        app.nmae = "x"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        App(name="x").whatever  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(app, "nmae")


def test_unknown_fields_read_by_attribute_and_kept(client: OneSignal, server: Loopback) -> None:
    server.answer(200, {"id": APP, "name": "Shop", "brand_new": {"x": [1]}})
    app = client.get_app(APP)
    assert app.brand_new == {"x": [1]}  # type: ignore[attr-defined]
    assert app.additional_properties == {"brand_new": {"x": [1]}}
    app.brand_new["x"].append(2)  # type: ignore[attr-defined]
    assert app.to_dict() == {"id": APP, "name": "Shop", "brand_new": {"x": [1, 2]}}
    assert "brand_new" in repr(app)


# -- to_dict and the answer as received ---------------------------------------------------------


@pytest.mark.parametrize(("operation", "code", "name", "answer"), SUCCESS_EXAMPLES)
def test_every_example_round_trips_to_json(
    operation: str, code: str, name: str, answer: Any
) -> None:
    """Read each example in full, as a user would: to_dict() is still the answer, as JSON."""
    result = read_leniently(OPERATIONS[operation].success[int(code)], copy.deepcopy(answer))
    _walk(result)
    items = result if isinstance(result, list) else [result]
    for item in items:
        data = item.to_dict() if isinstance(item, Model) else item
        assert json.loads(json.dumps(data)) == data
    plain = [i.to_dict() if isinstance(i, Model) else i for i in items]
    assert (plain if isinstance(result, list) else plain[0]) == answer


def test_to_dict_follows_changes(page: NotificationPage) -> None:
    received = page.as_received()
    n = page.notifications[0]
    n.name = "Renamed"
    n.contents["es"] = "Hola"  # type: ignore[index]
    n.included_segments.append("VIP")  # type: ignore[union-attr]
    n.url = None  # None: left out
    after = page.to_dict()["notifications"][0]
    assert after["name"] == "Renamed"
    assert after["contents"] == {"en": received["notifications"][0]["contents"]["en"], "es": "Hola"}
    assert after["included_segments"][-1] == "VIP"
    assert "url" not in after
    assert page.as_received() == received  # the answer as received is unchanged
    assert page.as_received()["notifications"][0]["name"] == "Black Friday early access"


def test_nested_model_changes_reach_to_dict() -> None:
    detail = NotificationDetail.from_dict(
        {"id": "b98881cc-1e94-4366-bbd9-db8f3429292b", "filters": [{"field": "tag"}]}
    )
    assert isinstance(detail.filters, list) and isinstance(detail.filters[0], Filter)
    detail.filters[0].value = "gold"
    detail.filters.append(Filter(field="amount_spent", relation=">", value="10"))
    assert detail.to_dict()["filters"] == [
        {"field": "tag", "value": "gold"},
        {"field": "amount_spent", "relation": ">", "value": "10"},
    ]
    assert detail.as_received()["filters"] == [{"field": "tag"}]


def test_times_are_datetimes_and_back_to_iso_strings(client: OneSignal, server: Loopback) -> None:
    server.answer(200, example("get_segments"))
    segment = client.get_segments(APP).segments[0]  # type: ignore[index]
    assert segment.created_at == dt.datetime(2024, 3, 11, 9, 24, 52, 118000, tzinfo=dt.UTC)
    assert segment.to_dict()["created_at"] == "2024-03-11T09:24:52.118Z"  # untouched: as sent
    segment.created_at = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert json.loads(json.dumps(segment.to_dict()))["created_at"] == "2025-01-02T03:04:05+00:00"


def test_built_models_are_request_bodies(client: OneSignal, server: Loopback) -> None:
    app = App(name="Shop", site_name=None)
    assert app.to_dict() == {"name": "Shop"}
    assert App.from_dict({"name": "Shop"}) == app
    wire = NotificationDetail(name="VIP", filters=[Filter(field="tag", key="plan", relation="=")])
    assert wire.to_dict() == {
        "name": "VIP",
        "filters": [{"field": "tag", "key": "plan", "relation": "="}],
    }
    server.answer(200, {"id": APP, "name": "Shop"})
    client.create_app(AppCreateRequest(name="Shop", organization_id=ORG_ID, site_name=None))
    assert server.last().json() == {"name": "Shop", "organization_id": str(ORG_ID)}


# -- lenient reading ----------------------------------------------------------------------------


def test_values_that_do_not_fit_keep_their_json() -> None:
    page = read_leniently(
        "SegmentListResponse",
        {"total_count": "3", "segments": [{"id": 5, "created_at": "soon"}, None, "x"]},
    )
    assert page.total_count == "3"
    assert page.segments[0].id == 5 and page.segments[0].created_at == "soon"
    assert page.segments[1:] == [None, "x"]
    assert page.to_dict()["segments"] == [{"id": 5, "created_at": "soon"}, None, "x"]
    assert read_leniently("SegmentListResponse", {"segments": "none"}).segments == "none"
    assert read_leniently("list[App]", "not a list") == "not a list"
    assert read_leniently("App", ["not", "an", "object"]) == ["not", "an", "object"]


# -- lists, copies, equality --------------------------------------------------------------------


def test_pages_hold_real_lists(page: NotificationPage, server: Loopback) -> None:
    assert isinstance(page.notifications, list)
    assert page.notifications is page.notifications  # read once, then kept
    assert isinstance(page.notifications[0], NotificationDetail)


def test_top_level_lists_are_lists_of_models(server: Loopback) -> None:
    server.answer(200, [{"id": APP, "name": "Shop"}, {"id": APP, "name": "Other"}])
    apps = OneSignal(organization_api_key="o", base_url=server.base_url).get_apps()
    assert type(apps) is list and [a.name for a in apps] == ["Shop", "Other"]
    assert all(isinstance(a, App) for a in apps)


def test_pickle_copy_and_equality(page: NotificationPage) -> None:
    page.notifications[0].name = "Changed"
    for clone in (pickle.loads(pickle.dumps(page)), copy.deepcopy(page), copy.copy(page)):
        assert clone == page and clone is not page
        assert clone.to_dict() == page.to_dict()
        assert clone.as_received() == page.as_received()
    deep = copy.deepcopy(page)
    deep.notifications[0].name = "Only the copy"  # type: ignore[index]
    assert page.notifications[0].name == "Changed"  # type: ignore[index]
    shallow = copy.copy(page)
    shallow.total_count = 1
    assert page.total_count == 312 and deep != page
    assert NotificationPage.from_dict({"total_count": 1}) != NotificationDetail.from_dict(
        {"total_count": 1}
    )
    with pytest.raises(TypeError):
        hash(page)


# -- typing -------------------------------------------------------------------------------------


def test_mypy_sees_typed_fields_and_refuses_misspelt_ones(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        from onesignal import OneSignal

        client = OneSignal(rest_api_key="k")
        page = client.get_notifications("8250eaf6-1a58-489e-b136-7c74a864b434")
        first = page.notifications[0] if page.notifications else None
        ident: str | None = first.id if first else None
        total: int | None = page.total_count
        reveal_type(page.notifications)
        page.nmae
        """
    )
    (tmp_path / "check.py").write_text(code)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(tmp_path / "check.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated")},
        check=False,
    )
    out = result.stdout
    revealed = "list[onesignal_generated.models.notification_detail.NotificationDetail] | None"
    assert f'Revealed type is "{revealed}"' in out, out
    assert '"NotificationPage" has no attribute "nmae"' in out, out
    assert out.count("error:") == 1, out
