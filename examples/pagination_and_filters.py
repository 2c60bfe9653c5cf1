"""Auto-pagination (`iter_notifications`, `iter_segments`, `iter_templates`, `iter_journeys`,
`iter_audit_logs`) and the filter builder (`onesignal.filters`).

Each `iter_*` fetches one page at a time, only when the previous one is used up. The mock
answers every page with the same example, so the walks here stop after a page or two (a repeated
page ends a walk) and `islice` keeps them short anyway.

    python -m onesignal.mock --run .venv/bin/python examples/pagination_and_filters.py
"""

import asyncio
from itertools import islice

from onesignal import AsyncOneSignal, OneSignal
from onesignal import filters as f

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
ORGANIZATION_ID = "3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f"

# Past level 10 and seen in the last day, or tagged VIP. `&` binds tighter than `|`, as AND
# does in OneSignal; put comparisons in parentheses.
audience = (f.tag("level") > 10) & (f.last_session < 24) | f.tag("vip").exists()
print("filters:", audience.to_list())

with OneSignal(app_id=APP_ID) as client:
    for n in islice(client.iter_notifications(page_size=50), 5):
        print(f"notification {n.id} sent to {n.successful} subscription(s)")
    for segment in islice(client.iter_segments(), 5):
        print(f"segment {segment.name!r}")
    for template in islice(client.iter_templates(channel="push"), 5):
        print(f"template {template.name!r}")
    for journey in islice(client.iter_journeys(page_size=20), 5):
        print(f"journey {journey.name!r}")
    events = client.iter_audit_logs(
        ORGANIZATION_ID, start_time="2026-11-01T00:00:00Z", actions=["segment.created"]
    )
    for event in islice(events, 5):
        print(f"audit log {event.action} at {event.occurred_at}")

    created = client.create_segment(name="Keen players", filters=audience)
    print(f"create_segment: success={created.success}")
    sent = client.create_notification(
        {
            "contents": {"en": "Double XP this weekend"},
            "filters": f.country("US") & f.language("en"),
            "target_channel": "push",
        }
    )
    print(f"create_notification: id={sent.id}")


async def main() -> None:
    async with AsyncOneSignal(app_id=APP_ID) as client:
        async for n in client.iter_notifications(page_size=10):
            print(f"async: notification {n.id}")
            break  # leaving the loop ends the walk: no further page is fetched


asyncio.run(main())
