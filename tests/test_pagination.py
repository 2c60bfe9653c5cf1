"""Auto-pagination against a loopback server scripted page by page: items in order, the
offsets, limits and cursors on the wire, laziness, every way a walk stops, and bad page sizes.
Each behaviour runs on both clients."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from onesignal import AsyncOneSignal, OneSignal, ValidationError
from onesignal._operations import OPERATIONS
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
ORG = "3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f"
SPEC = Path(__file__).resolve().parent.parent / "openapi" / "onesignal.yaml"
KEYS: dict[str, Any] = {"rest_api_key": "rest", "organization_api_key": "org", "max_retries": 0}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


WAITS: list[float] = []  # what the last `take` was asked to sleep (pacing), instead of sleeping


def take(
    server: Loopback, mode: str, method: str, *args: Any, n: int | None = None, **kwargs: Any
) -> list[Any]:
    """The first `n` (or all) items of `client.<method>(...)`, on the sync or async client."""
    WAITS.clear()
    if mode == "sync":
        with OneSignal(base_url=server.base_url, app_id=APP, **KEYS) as client:
            client._sleep = WAITS.append  # type: ignore[assignment]
            return list(islice(getattr(client, method)(*args, **kwargs), n))

    async def asleep(seconds: float) -> None:
        WAITS.append(seconds)

    async def run() -> list[Any]:
        async with AsyncOneSignal(base_url=server.base_url, app_id=APP, **KEYS) as client:
            client._sleep = asleep  # type: ignore[method-assign]
            out: list[Any] = []
            async for item in getattr(client, method)(*args, **kwargs):
                out.append(item)
                if n is not None and len(out) >= n:
                    break
            return out

    return asyncio.run(run())


def ids(items: list[Any]) -> list[str]:
    return [item.to_dict()["id"] for item in items]


def queries(server: Loopback) -> list[dict[str, list[str]]]:
    return [parse_qs(urlsplit(r.path).query) for r in server.requests]


def page(field: str, names: Iterator[str] | list[str], **extra: Any) -> dict[str, Any]:
    return {field: [{"id": name} for name in names], **extra}


def names(prefix: str, count: int, start: int = 0) -> list[str]:
    return [f"{prefix}{i}" for i in range(start, start + count)]


# -- offset paging ---------------------------------------------------------------------------


def test_notifications_across_pages_in_order(server: Loopback, mode: str) -> None:
    server.answer(body=page("notifications", names("n", 50), total_count=120))
    server.answer(body=page("notifications", names("n", 50, 50), total_count=120))
    server.answer(body=page("notifications", names("n", 20, 100), total_count=120))
    got = take(server, mode, "iter_notifications", kind=1)
    assert ids(got) == names("n", 120)
    sent = queries(server)
    assert [q["offset"] for q in sent] == [["0"], ["50"], ["100"]]
    assert all(q["limit"] == ["50"] and q["app_id"] == [APP] and q["kind"] == ["1"] for q in sent)
    assert all(urlsplit(r.path).path == "/notifications" for r in server.requests)


def test_segments_use_the_page_size_and_an_explicit_app_id(server: Loopback, mode: str) -> None:
    other = "0b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b"
    server.answer(body=page("segments", names("s", 2), total_count=3))
    server.answer(body=page("segments", ["s2"], total_count=3))
    assert ids(take(server, mode, "iter_segments", other, page_size=2)) == ["s0", "s1", "s2"]
    assert [urlsplit(r.path).path for r in server.requests] == [f"/apps/{other}/segments"] * 2
    assert [(q["offset"], q["limit"]) for q in queries(server)] == [(["0"], ["2"]), (["2"], ["2"])]


def test_templates_pass_the_channel(server: Loopback, mode: str) -> None:
    server.answer(body=page("templates", ["t0"], total_count=1))
    assert ids(take(server, mode, "iter_templates", channel="email")) == ["t0"]
    assert queries(server) == [
        {"app_id": [APP], "limit": ["50"], "offset": ["0"], "channel": ["email"]}
    ]


def test_stops_at_total_count(server: Loopback, mode: str) -> None:
    server.answer(body=page("notifications", names("n", 2), total_count=4))
    server.answer(body=page("notifications", names("n", 2, 2), total_count=4))
    server.answer(body=page("notifications", names("n", 2, 4), total_count=4))  # never asked
    assert ids(take(server, mode, "iter_notifications", page_size=2)) == names("n", 4)
    assert len(server.requests) == 2


def test_stops_at_a_short_page(server: Loopback, mode: str) -> None:
    server.answer(body=page("segments", names("s", 3)))  # no total_count
    server.answer(body=page("segments", names("s", 1, 3)))
    server.answer(body=page("segments", names("s", 3, 9)))  # never asked
    assert ids(take(server, mode, "iter_segments", page_size=3)) == names("s", 4)
    assert len(server.requests) == 2


def test_stops_at_an_empty_page(server: Loopback, mode: str) -> None:
    server.answer(body=page("templates", names("t", 2), total_count=10))
    server.answer(body=page("templates", [], total_count=10))
    server.answer(body=page("templates", names("t", 2, 5), total_count=10))  # never asked
    assert ids(take(server, mode, "iter_templates", page_size=2)) == ["t0", "t1"]
    assert len(server.requests) == 2


def test_a_server_that_ignores_offset_is_not_read_forever(server: Loopback, mode: str) -> None:
    server.answer(body=page("notifications", names("n", 2)), times=50)  # no total_count
    assert ids(take(server, mode, "iter_notifications", page_size=2)) == ["n0", "n1"]
    assert len(server.requests) == 2


def test_items_shifted_onto_the_next_page_are_not_repeated(server: Loopback, mode: str) -> None:
    # A notification sent between two requests pushes n1 from page one onto page two.
    server.answer(body=page("notifications", ["n0", "n1"], total_count=5))
    server.answer(body=page("notifications", ["n1", "n2"], total_count=5))
    server.answer(body=page("notifications", ["n3"], total_count=5))
    assert ids(take(server, mode, "iter_notifications", page_size=2)) == ["n0", "n1", "n2", "n3"]


def test_a_page_size_the_server_clamped_is_still_a_full_page(server: Loopback, mode: str) -> None:
    server.answer(body=page("segments", names("s", 2), limit=2))  # asked for 300
    server.answer(body=page("segments", names("s", 1, 2), limit=2))
    assert ids(take(server, mode, "iter_segments")) == ["s0", "s1", "s2"]
    assert [q["offset"] for q in queries(server)] == [["0"], ["2"]]


def test_the_first_item_comes_after_one_request_sync(server: Loopback) -> None:
    for start in (0, 2, 4):
        server.answer(body=page("notifications", names("n", 2, start), total_count=6))
    with OneSignal(base_url=server.base_url, app_id=APP, **KEYS) as client:
        items = client.iter_notifications(page_size=2)
        assert server.requests == []  # nothing is fetched before iteration starts
        assert next(items).to_dict()["id"] == "n0"
        assert next(items).to_dict()["id"] == "n1"
        assert len(server.requests) == 1
        next(items)
        assert len(server.requests) == 2


async def test_the_first_item_comes_after_one_request_async(server: Loopback) -> None:
    for start in (0, 2, 4):
        server.answer(body=page("notifications", names("n", 2, start), total_count=6))
    async with AsyncOneSignal(base_url=server.base_url, app_id=APP, **KEYS) as client:
        items = client.iter_notifications(page_size=2)
        assert server.requests == []
        assert (await anext(items)).to_dict()["id"] == "n0"
        assert (await anext(items)).to_dict()["id"] == "n1"
        assert len(server.requests) == 1
        await anext(items)
        assert len(server.requests) == 2


# -- cursor paging ---------------------------------------------------------------------------


def test_journeys_follow_next_cursor_until_has_more_is_false(server: Loopback, mode: str) -> None:
    server.answer(body=page("journeys", ["j0", "j1"], has_more=True, next_cursor="c1"))
    server.answer(body=page("journeys", ["j2"], has_more=True, next_cursor="c2"))
    server.answer(body=page("journeys", ["j3"], has_more=False, next_cursor="c3"))
    server.answer(body=page("journeys", ["j9"]))  # never asked
    assert ids(take(server, mode, "iter_journeys", page_size=2)) == ["j0", "j1", "j2", "j3"]
    assert queries(server) == [
        {"limit": ["2"]},
        {"limit": ["2"], "cursor": ["c1"]},
        {"limit": ["2"], "cursor": ["c2"]},
    ]
    assert urlsplit(server.last().path).path == f"/apps/{APP}/journeys"


@pytest.mark.parametrize(
    "ending",
    [
        {"has_more": True},  # no next_cursor
        {"has_more": True, "next_cursor": ""},
        {"has_more": True, "next_cursor": "c1"},  # the same cursor again
        {},
    ],
    ids=["missing-cursor", "empty-cursor", "repeated-cursor", "no-fields"],
)
def test_journeys_stop_without_a_new_cursor(
    server: Loopback, mode: str, ending: dict[str, Any]
) -> None:
    server.answer(body=page("journeys", ["j0"], has_more=True, next_cursor="c1"))
    server.answer(body=page("journeys", ["j1"], **ending))
    server.answer(body=page("journeys", ["j9"], has_more=False))  # never asked
    assert ids(take(server, mode, "iter_journeys")) == ["j0", "j1"]
    assert len(server.requests) == 2


def test_cursor_paging_stops_at_an_empty_page(server: Loopback, mode: str) -> None:
    server.answer(body=page("journeys", ["j0"], has_more=True, next_cursor="c1"))
    server.answer(body=page("journeys", [], has_more=True, next_cursor="c2"))
    server.answer(body=page("journeys", ["j9"], has_more=False))  # never asked
    assert ids(take(server, mode, "iter_journeys")) == ["j0"]
    assert len(server.requests) == 2


def test_audit_logs_keep_filters_and_drop_the_time_range_after_page_one(
    server: Loopback, mode: str
) -> None:
    server.answer(body=page("audit_logs", ["a0", "a1"], has_more=True, next_cursor="k1"))
    server.answer(body=page("audit_logs", ["a2"], has_more=False, next_cursor=None))
    got = take(
        server,
        mode,
        "iter_audit_logs",
        ORG,
        page_size=2,
        start_time="2026-11-01T00:00:00Z",
        actions=["segment.created", "segment.deleted"],
        app_ids=[APP],
    )
    assert ids(got) == ["a0", "a1", "a2"]
    first, second = queries(server)
    assert first["start_time"][0].startswith("2026-11-01T00:00:00")
    assert first["actions"] == second["actions"] == ["segment.created", "segment.deleted"]
    assert first["app_ids"] == second["app_ids"] == [APP]
    assert "cursor" not in first and second["cursor"] == ["k1"]
    assert "start_time" not in second and first["limit"] == second["limit"] == ["2"]
    assert urlsplit(server.last().path).path == f"/organizations/{ORG}/audit_logs"
    assert server.last().headers["Authorization"] == "Key org"


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "size"),
    [
        ("iter_notifications", 0),
        ("iter_notifications", 51),
        ("iter_segments", 301),
        ("iter_templates", 51),
        ("iter_journeys", 51),
        ("iter_journeys", -1),
        ("iter_segments", True),
        ("iter_segments", "10"),
    ],
)
def test_page_size_outside_the_range_is_refused(
    server: Loopback, mode: str, method: str, size: Any
) -> None:
    with pytest.raises(ValidationError, match="page_size") as caught:
        take(server, mode, method, page_size=size)
    assert caught.value.field == "page_size"
    assert server.requests == []


def test_audit_log_page_size_limit(server: Loopback, mode: str) -> None:
    with pytest.raises(ValidationError, match="1 to 100"):
        take(server, mode, "iter_audit_logs", ORG, page_size=101)
    assert server.requests == []


def test_missing_app_id_and_unknown_filters_fail_before_iterating(server: Loopback) -> None:
    with OneSignal(base_url=server.base_url, **KEYS) as client:
        with pytest.raises(ValidationError, match="app_id"):
            client.iter_segments()
        with pytest.raises(TypeError, match="action"):
            client.iter_audit_logs(ORG, action=["x"])
        with pytest.raises(TypeError, match="'limit'"):  # paging sets it: page_size=
            client.iter_audit_logs(ORG, limit=5)  # type: ignore[call-arg]
    assert server.requests == []


async def test_async_bad_input_fails_at_the_call(server: Loopback) -> None:
    async with AsyncOneSignal(base_url=server.base_url, **KEYS) as client:
        with pytest.raises(ValidationError, match="app_id"):
            client.iter_notifications()
    assert server.requests == []


def test_view_endpoints_are_paced_to_their_documented_rate(server: Loopback, mode: str) -> None:
    # get_notifications is a view endpoint: one request per second per app (the spec's
    # x-rate-limit). Three pages: two waits of about a second, none before the first.
    for start in (0, 2, 4):
        server.answer(200, page("notifications", names("n", 2, start), total_count=6))
    assert len(take(server, mode, "iter_notifications", page_size=2)) == 6
    # The fake sleep does not move the clock, so each wait reaches the next slot of the
    # schedule (1 s, then 2 s after the first request), as a real sleep would end there.
    assert len(WAITS) == 2, WAITS
    assert 0.8 <= WAITS[0] <= 1.0 and 1.8 <= WAITS[1] <= 2.0, WAITS


def test_pacing_is_configurable_and_only_where_the_spec_limits(server: Loopback, mode: str) -> None:
    for start in (0, 2):
        server.answer(200, page("notifications", names("n", 2, start), total_count=4))
    take(server, mode, "iter_notifications", page_size=2, page_interval=0)
    assert WAITS == []
    for start in (0, 2):
        server.answer(200, page("segments", names("s", 2, start), total_count=4))
    take(server, mode, "iter_segments", page_size=2)  # no documented rate: no pause
    assert WAITS == []


def test_the_page_size_limits_match_the_spec() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    pagers = [(row.name, row.pages) for row in OPERATIONS if row.pages]
    assert len(pagers) == 5
    for name, pager in pagers:
        op = next(
            op
            for item in spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and op.get("operationId") == name
        )
        limit = next(p for p in op["parameters"] if p.get("name") == "limit")
        assert limit["schema"]["maximum"] == pager.max_page_size, name
        names = {p.get("name") for p in op["parameters"]}
        assert ("offset" in names) == (pager.style == "offset"), name
        assert ("cursor" in names) == (pager.style == "cursor"), name
