"""Answers' lists of models are read item by item, and still behave as lists."""

from __future__ import annotations

import copy
import pickle
from typing import Any

from onesignal_generated.models import NotificationDetail, Segment

from onesignal import OneSignal
from onesignal._lazy import LazyList
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"


def _reader(calls: list[Any]) -> Any:
    def read(raw: dict[str, Any]) -> tuple[str, Any]:
        calls.append(raw)
        return ("model", raw["n"])

    return read


def test_items_are_read_once_on_first_use() -> None:
    calls: list[Any] = []
    items = LazyList([{"n": i} for i in range(5)], _reader(calls))
    assert isinstance(items, list) and len(items) == 5 and calls == []
    assert items[1] == ("model", 1) and items[-1] == ("model", 4)
    assert len(calls) == 2
    assert items[1] == ("model", 1)
    assert len(calls) == 2  # kept, not read again
    assert items[1:3] == [("model", 1), ("model", 2)]
    assert [x for x in items] == [("model", i) for i in range(5)]
    assert len(calls) == 5


def test_behaves_as_a_list() -> None:
    items = LazyList([{"n": i} for i in range(3)], _reader([]))
    expected = [("model", 0), ("model", 1), ("model", 2)]
    assert items == expected
    assert not items != expected  # noqa: SIM202 - __ne__ is its own method
    assert list(reversed(items)) == expected[::-1]
    assert ("model", 2) in items and items.index(("model", 1)) == 1
    assert items.count(("model", 0)) == 1
    assert repr(items) == repr(expected)
    assert copy.copy(items) == expected and items.copy() == expected
    assert pickle.loads(pickle.dumps(items)) == expected
    assert items.pop() == ("model", 2) and len(items) == 2
    assert sorted(items, reverse=True)[0] == ("model", 1)


def test_a_page_reads_items_lazily(server: Loopback) -> None:
    notifications = [{"id": f"b98881cc-1e94-4366-bbd9-db8f342929{i:02d}"} for i in range(50)]
    server.answer(
        body={"total_count": 50, "offset": 0, "limit": 50, "notifications": notifications}
    )
    page = OneSignal(rest_api_key="k", base_url=server.base_url).get_notifications(APP)
    assert isinstance(page.notifications, LazyList)
    assert type(list.__getitem__(page.notifications, 7)) is dict  # untouched: still JSON
    assert isinstance(page.notifications[7], NotificationDetail)
    assert str(page.notifications[7].id).endswith("07")
    assert page.to_dict()["notifications"] == notifications


def test_top_level_list_answers_are_lazy_too(server: Loopback) -> None:
    server.answer(body=[{"id": "7ed2887d-bd24-4a81-8220-4b256a08ab19", "name": "VIP"}])
    apps = OneSignal(organization_api_key="k", base_url=server.base_url).get_apps()
    assert isinstance(apps, LazyList) and apps[0].name == "VIP"
    assert not isinstance(apps[0], Segment)
