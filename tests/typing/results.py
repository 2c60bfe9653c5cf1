"""What mypy --strict sees of results (`make typecheck` reads this file; it is never run)."""

import datetime as dt
import uuid

from onesignal_generated.models import App, Filter, NotificationDetail, Segment

from onesignal import OneSignal


def typed_fields(client: OneSignal) -> list[object]:
    page = client.get_notifications("8250eaf6-1a58-489e-b136-7c74a864b434")
    total: int | None = page.total_count
    items: list[NotificationDetail] | None = page.notifications
    first = page.notifications[0] if page.notifications else NotificationDetail()
    ident: str | None = first.id
    contents: dict[str, str] | None = first.contents
    filters: list[Filter] | None = first.filters
    first.name = "Renamed"
    segment = Segment.from_dict({"id": "x", "name": "VIP"})
    created: dt.datetime | None = segment.created_at
    app = App(name="Shop", id=uuid.uuid4())
    as_json: dict[str, object] = app.to_dict()
    received: dict[str, object] = app.as_received()
    return [total, items, ident, contents, filters, created, as_json, received]


def misspelt_fields_are_errors(page: NotificationDetail) -> None:
    _ = page.nmae  # type: ignore[attr-defined]
    page.nmae = "x"  # type: ignore[attr-defined]
    App(nmae="Shop")  # type: ignore[call-arg]
