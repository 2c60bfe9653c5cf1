"""Answers that depart from the spec are read, not raised; unreadable ones raise typed errors."""

from __future__ import annotations

import datetime as dt

import pytest

from onesignal import APIResponseError, APIStatusError, OneSignal
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"


@pytest.fixture
def client(server: Loopback) -> OneSignal:
    return OneSignal(rest_api_key="k", base_url=server.base_url, max_retries=0)


def test_missing_required_field_and_unknown_fields(client: OneSignal, server: Loopback) -> None:
    server.answer(body={"total_count": 0, "brand_new_field": {"x": 1}})  # no "segments"
    page = client.get_segments(APP)
    assert page.total_count == 0
    assert page.additional_properties == {"brand_new_field": {"x": 1}}
    assert page.to_dict() == {"total_count": 0, "brand_new_field": {"x": 1}}


def test_nulls_wrong_types_and_bad_nested_items(client: OneSignal, server: Loopback) -> None:
    server.answer(
        body={
            "segments": [
                {"id": "7ed2887d-bd24-4a81-8220-4b256a08ab19", "name": "VIP", "created_at": None},
                "not-an-object",
            ],
            "total_count": "2",
            "created_at": "2024-03-11T09:24:52.118Z",
        }
    )
    page = client.get_segments(APP)
    assert page.total_count == "2"  # kept as sent rather than refused
    assert page.segments[0].name == "VIP"
    assert page.segments[1] == "not-an-object"
    assert page.to_dict()["segments"][1] == "not-an-object"


def test_string_where_list_declared(client: OneSignal, server: Loopback) -> None:
    server.answer(body={"segments": "none", "total_count": 0})
    page = client.get_segments(APP)
    assert page.segments == "none"


def test_timestamps_still_typed_when_reading_leniently(client: OneSignal, server: Loopback) -> None:
    server.answer(
        body={"segments": [{"id": 5, "created_at": "2024-03-11T09:24:52.118Z", "name": "x"}]}
    )
    segment = client.get_segments(APP).segments[0]
    assert segment.created_at == dt.datetime(2024, 3, 11, 9, 24, 52, 118000, tzinfo=dt.UTC)
    assert segment.id == 5


def test_created_with_errors_is_a_result_not_an_exception(
    client: OneSignal, server: Loopback
) -> None:
    server.answer(body={"id": "", "errors": ["All included players are not subscribed"]})
    result = client.create_notification({"app_id": APP, "included_segments": ["Nobody"]})
    assert result.id == ""
    assert result.errors == ["All included players are not subscribed"]


def test_undocumented_success_status_is_still_read(client: OneSignal, server: Loopback) -> None:
    server.answer(status=202, body={"segments": [], "total_count": 0})
    assert client.get_segments(APP).total_count == 0


@pytest.mark.parametrize("raw", [b"<html>gateway</html>", b'{"segments": [', b"\xff\xfe"])
def test_non_json_success_body_is_a_typed_error(
    client: OneSignal, server: Loopback, raw: bytes
) -> None:
    server.answer(raw=raw, headers={"Content-Type": "text/html"})
    with pytest.raises(APIResponseError, match="not JSON") as info:
        client.get_segments(APP)
    assert info.value.status_code == 200


def test_empty_success_body_is_none(client: OneSignal, server: Loopback) -> None:
    server.answer(status=204, raw=b"")
    assert client.end_live_activity(APP, "match-1", "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13") is None


def test_redirect_is_an_error_not_an_empty_result(client: OneSignal, server: Loopback) -> None:
    """A proxy's 302 is not OneSignal's answer: returning None would hide the failure."""
    server.answer(status=302, raw=b"", headers={"Location": "https://login.example.com"})
    with pytest.raises(APIStatusError) as info:
        client.get_segments(APP)
    assert info.value.status_code == 302
