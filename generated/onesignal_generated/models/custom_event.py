from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt
    from uuid import UUID


class CustomEvent(_m.Model):
    """One thing a user did. Name the user with `external_id` or `onesignal_id` (one of them is required)."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "name": "name",
        "external_id": "external_id",
        "onesignal_id": "onesignal_id",
        "timestamp": "timestamp",
        "idempotency_key": "idempotency_key",
        "properties": "properties",
    }

    name: str | None = _m.field("name", None)
    """ The event's name, as journeys refer to it. """
    external_id: str | None = _m.field("external_id", None)
    """ The user's External ID. """
    onesignal_id: str | None = _m.field("onesignal_id", None)
    """ The user's OneSignal ID. """
    timestamp: _dt.datetime | None = _m.field("timestamp", _m.DATETIME)
    """ When the event happened (ISO 8601). Now, when left out or too far in the past. """
    idempotency_key: str | None = _m.field("idempotency_key", None)
    """ A UUID unique to this event, sent again unchanged on retries; duplicates within about four hours are
    dropped. """
    properties: dict[str, Any] | None = _m.field("properties", None)
    """ Free-form data about the event, such as `{"total": 84.5, "currency": "USD"}`. """

    def __init__(
        self,
        *,
        name: str,
        external_id: str | None = None,
        onesignal_id: str | None = None,
        timestamp: _dt.datetime | None = None,
        idempotency_key: str | UUID | None = None,
        properties: dict[str, Any] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "name": name,
                "external_id": external_id,
                "onesignal_id": onesignal_id,
                "timestamp": timestamp,
                "idempotency_key": idempotency_key,
                "properties": properties,
            },
        )
