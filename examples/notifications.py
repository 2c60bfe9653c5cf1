"""Notifications (seed page: createNotification, getNotifications, getNotification,
cancelNotification, getNotificationHistory).

`Notification` is filled in the docs' way, attribute by attribute, in camelCase or snake_case.
A plain dict works as well.

    python -m onesignal.mock --run .venv/bin/python examples/notifications.py
"""

from onesignal import Notification, OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
NOTIFICATION_ID = "b98881cc-1e94-4366-bbd9-db8f3429292b"

with OneSignal() as client:
    notification = Notification()
    notification.appId = APP_ID
    notification.name = "NOTIFICATION_NAME"
    notification.contents = {"en": "NOTIFICATION_MESSAGE"}
    notification.headings = {"en": "NOTIFICATION_MESSAGE"}  # Huawei devices need headings
    notification.includedSegments = ["Active Users"]
    sent = client.createNotification(notification)  # create_notification
    print(f"createNotification: id={sent.id} external_id={sent.externalId}")

    # The same as a dict in snake_case.
    sent = client.create_notification(
        {"app_id": APP_ID, "contents": {"en": "Hello"}, "included_segments": ["Active Users"]}
    )
    print(f"create_notification: id={sent.id}")

    page = client.getNotifications(APP_ID)  # get_notifications
    print(f"getNotifications: totalCount={page.totalCount} offset={page.offset} limit={page.limit}")

    detail = client.get_notification(APP_ID, NOTIFICATION_ID)  # getNotification
    print(f"get_notification: {detail.name!r} sent to {detail.successful}")
    for outcome in detail.outcomes:
        print(f"  outcome {outcome.id}: {outcome.value}")

    cancelled = client.cancelNotification(APP_ID, NOTIFICATION_ID)  # cancel_notification
    print(f"cancelNotification: success={cancelled.success}")

    # `events` defaults to "sent"; pass events="clicked" for the clickers instead.
    history = client.get_notification_history(APP_ID, NOTIFICATION_ID)  # getNotificationHistory
    print(f"get_notification_history: CSV at {history.destination_url}")
