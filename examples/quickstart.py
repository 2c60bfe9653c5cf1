"""A tour of the SDK: create a user, send a notification, read it back with its settings and
delivery statistics, cancel it, read outcomes.

Run it against the local mock (what `make demo` does):

    python -m onesignal.mock --run .venv/bin/python examples/quickstart.py

Against the real API, set ONESIGNAL_REST_API_KEY and replace APP_ID with one of your apps.
The mock answers with the examples of openapi/onesignal.yaml, so the ids and numbers printed
are the spec's, not the ones sent.
"""

import asyncio

from onesignal_generated.models import NotificationDetail

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

        # A message reads back with its settings typed, not only its delivery counts.
        detail = client.get_notification(
            APP_ID, sent.id, outcome_names=["os__click.count", "purchase.sum"]
        )
        show_notification(detail)

        cancelled = client.cancel_notification(APP_ID, sent.id)
        print(f"cancelled: success={cancelled.success}")

        outcomes = client.get_outcomes(APP_ID, "os__click.count", outcome_time_range="1d")
        for outcome in outcomes.outcomes:
            print(f"outcome {outcome.id}: {outcome.aggregation} = {outcome.value}")


def show_notification(detail: NotificationDetail) -> None:
    """A few of the typed settings a message reads back with (fields never set are None)."""
    print(f"viewed {detail.name!r} ({detail.target_channel})")
    print(f"  heading    {(detail.headings or {}).get('en')!r}")
    print(f"  message    {(detail.contents or {}).get('en')!r}")
    flags = {"iOS": detail.is_ios, "Android": detail.is_android, "Huawei": detail.is_huawei}
    flags["web"] = detail.is_any_web
    print(f"  platforms  {', '.join(name for name, on in flags.items() if on)}")
    print(f"  android    channel {detail.android_channel_id}")
    ttl = f"{detail.ttl} s" if detail.ttl is not None else "default"
    when: str = detail.delayed_option or "at once"
    if detail.delivery_time_of_day:
        when += f" at {detail.delivery_time_of_day}"
    print(f"  delivery   priority {detail.priority}, ttl {ttl}, {when}")
    if detail.buttons:
        print(f"  buttons    {', '.join(repr(button.text) for button in detail.buttons)}")
    print(
        f"  delivered  {detail.successful} successful, {detail.failed} failed, "
        f"{detail.errored} errored, {detail.converted} clicked"
    )
    stats = detail.platform_delivery_stats
    if stats is not None:
        for platform, counts in (("ios", stats.ios), ("android", stats.android)):
            if counts is not None:
                print(
                    f"    {platform:<8} {counts.successful} successful, {counts.converted} clicked"
                )
    for outcome in detail.outcomes or []:
        print(f"  outcome    {outcome.id}.{outcome.aggregation} = {outcome.value}")


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
