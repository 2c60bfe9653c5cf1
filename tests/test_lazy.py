"""A page of results costs one small object per item, made when the list is first read."""

from __future__ import annotations

import time

from onesignal_generated.models import NotificationDetail

from onesignal import OneSignal
from onesignal._lenient import read_leniently
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"


def _page(count: int) -> dict[str, object]:
    notifications = [
        {
            "id": f"b98881cc-1e94-4366-bbd9-db8f342929{i % 100:02d}",
            "contents": {"en": "Hi"},
            "filters": [{"field": "tag", "key": "plan", "relation": "=", "value": "gold"}],
            "queued_at": 1764401455,
        }
        for i in range(count)
    ]
    return {"total_count": count, "offset": 0, "limit": count, "notifications": notifications}


def test_a_page_reads_its_items_as_a_list(server: Loopback) -> None:
    data = _page(50)
    server.answer(body=data)
    page = OneSignal(rest_api_key="k", base_url=server.base_url).get_notifications(APP)
    items = page.notifications
    assert type(items) is list and len(items) == 50
    assert all(type(item) is NotificationDetail for item in items)
    assert items[7].id is not None and items[7].id.endswith("07")
    assert items[-1] is page.notifications[-1]  # read once, then kept
    assert page.to_dict() == data


def test_reading_a_page_does_not_depend_on_the_size_of_its_items() -> None:
    """Wrapping is O(1) per item: nested objects are read only when their field is."""
    small = _page(50)
    big = _page(50)
    for item in big["notifications"]:  # type: ignore[attr-defined]
        item["filters"] = item["filters"] * 200
        item["data"] = {f"k{i}": "v" * 50 for i in range(500)}

    def cost(data: dict[str, object]) -> float:
        best = float("inf")
        for _ in range(20):
            start = time.perf_counter()
            page = read_leniently("NotificationPage", data)
            for item in page.notifications:
                item.id  # noqa: B018
            best = min(best, time.perf_counter() - start)
        return best

    assert cost(big) < cost(small) * 3
