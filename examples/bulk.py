"""Bulk helpers: one notification to more users than one request may target, and data tags for
many users (send_to_external_ids, update_tags_bulk; not on the seed page).

OneSignal takes at most 20,000 external ids per create_notification, so the send is split into
chunks sent a few at a time, each with its own idempotency key. Every chunk's (or user's)
outcome comes back; one failure does not stop the others.

    python -m onesignal.mock --run .venv/bin/python examples/bulk.py
"""

import asyncio

from onesignal import AsyncOneSignal, Notification, OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
CUSTOMERS = [f"customer-{i}" for i in range(45_000)]

with OneSignal(app_id=APP_ID) as client:
    n = Notification()
    n.contents = {"en": "Our spring sale starts today"}
    n.target_channel = "push"
    sent = client.send_to_external_ids(n, CUSTOMERS, concurrency=2)  # 3 requests
    for chunk in sent:
        status = f"notification {chunk.notification_id}" if chunk.ok else repr(chunk.error)
        print(f"send_to_external_ids: chunk {chunk.index}, {len(chunk.ids):,} ids: {status}")
    # Sending again with this key (same notification, same ids) cannot deliver twice.
    print(f"  base idempotency key: {sent.idempotency_key}")
    sent.raise_for_failures()  # BulkError listing every failed chunk, if any failed

    tagged = client.update_tags_bulk(
        {"customer-9034": {"plan": "pro", "trial": ""}, "customer-9035": {"plan": "free"}}
    )  # an empty value deletes the tag
    for user in tagged:
        print(f"update_tags_bulk: {user.alias_id}: {'ok' if user.ok else user.error}")


async def main() -> None:
    async with AsyncOneSignal(app_id=APP_ID) as client:
        sent = await client.send_to_external_ids(
            {"contents": {"en": "Back in stock"}}, CUSTOMERS[:500], chunk_size=200
        )
        print(f"async send_to_external_ids: {len(sent)} chunks, ok={sent.ok}")
        tagged = await client.update_tags_bulk({"customer-9034": {"plan": "pro"}}, concurrency=8)
        print(f"async update_tags_bulk: {len(tagged.succeeded)} of {len(tagged)} updated")


asyncio.run(main())
