"""The sample project's application code: a welcome push for a user who signed up."""

from __future__ import annotations

from onesignal import AsyncOneSignal, NotFoundError, OneSignal


def welcome_body(external_id: str) -> dict[str, object]:
    return {
        "contents": {"en": "Welcome aboard!"},
        "include_aliases": {"external_id": [external_id]},
        "target_channel": "push",
    }


def send_welcome(client: OneSignal, external_id: str) -> str | None:
    """Send the welcome push; None when OneSignal does not know the user (yet)."""
    try:
        client.get_user("external_id", external_id)
    except NotFoundError:
        return None
    sent = client.create_notification(welcome_body(external_id))
    return str(sent.id)


async def send_welcome_async(client: AsyncOneSignal, external_id: str) -> str | None:
    try:
        await client.get_user("external_id", external_id)
    except NotFoundError:
        return None
    sent = await client.create_notification(welcome_body(external_id))
    return str(sent.id)
