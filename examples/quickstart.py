"""A tour of the SDK: create a user, send a notification, look at it, cancel it, read outcomes.

Run it against the local mock (what `make demo` does):

    python -m onesignal.mock --run .venv/bin/python examples/quickstart.py

Against the real API, set ONESIGNAL_REST_API_KEY and replace APP_ID with one of your apps.
The mock answers with the examples of openapi/onesignal.yaml, so the ids and numbers printed
are the spec's, not the ones sent.
"""

import asyncio

from onesignal import AsyncOneSignal, Notification, OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"


def sync_tour() -> None:
    # Keys and base URL come from ONESIGNAL_* variables; the app id is passed to each call.
    with OneSignal() as client:
        user = client.create_user(
            APP_ID,
            {
                "identity": {"external_id": "customer-9034"},
                "subscriptions": [{"type": "Email", "token": "dana@example.com"}],
            },
        )
        print(f"created user  onesignal_id={user.identity['onesignal_id']}")
        for sub in user.subscriptions:
            print(f"  subscription {sub.type_}: {sub.token}")

        # Built the way the docs build it: attribute by attribute.
        n = Notification()
        n.app_id = APP_ID
        n.name = "Welcome"
        n.contents = {"en": "Thanks for signing up!"}
        n.headings = {"en": "Welcome"}
        n.included_segments = ["Active Users"]
        sent = client.create_notification(n)
        print(f"sent notification  id={sent.id}")

        page = client.get_notifications(APP_ID, limit=5)
        print(f"notifications: {page.total_count} in all, showing {len(page.notifications)}")
        for item in page.notifications:
            print(f"  {item.id}  {item.name!r}  delivered={item.successful}")

        detail = client.get_notification(APP_ID, sent.id)
        print(f"viewed {detail.name!r}: {detail.contents['en']!r}")
        print(f"  successful={detail.successful} failed={detail.failed} clicks={detail.converted}")

        cancelled = client.cancel_notification(APP_ID, sent.id)
        print(f"cancelled: success={cancelled.success}")

        outcomes = client.get_outcomes(APP_ID, "os__click.count", outcome_time_range="1d")
        for outcome in outcomes.outcomes:
            print(f"outcome {outcome.id}: {outcome.aggregation} = {outcome.value}")


async def async_tour() -> None:
    # The same calls as coroutines; the docs' `...Async` names work here too.
    async with AsyncOneSignal() as client:
        page = await client.getNotificationsAsync(APP_ID, limit=5)
        print(f"async: {page.totalCount} notifications")  # camelCase attributes read too

        n = Notification()
        n.appId = APP_ID
        n.contents = {"en": "Sent from asyncio"}
        n.includedSegments = ["Active Users"]
        sent = await client.createNotificationAsync(n)
        print(f"async: sent notification id={sent.id}")


if __name__ == "__main__":
    sync_tour()
    asyncio.run(async_tour())
