from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.notification_invalid_targets import NotificationInvalidTargets


class NotificationCreateResult(_m.Model):
    """What creating a message answered. `id` is empty when nothing was sent; `errors` is then a list of reasons. When the
    message was sent but some targets were unusable, `errors` is an object listing them.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "external_id": "external_id",
        "errors": "errors",
    }

    id: str | None = _m.field("id", None)
    """ The new message's id, or an empty string when no message was created. """
    external_id: str | None = _m.field("external_id", None)
    """ The idempotency key the message was created with, if any. """
    errors: list[str] | NotificationInvalidTargets | None = _m.field(
        "errors",
        _m.model(
            "onesignal_generated.models.notification_invalid_targets",
            "NotificationInvalidTargets",
        ),
    )
    """ Why some or all recipients were not reached. """

    def __init__(
        self,
        *,
        id: str | None = None,
        external_id: str | None = None,
        errors: list[str] | NotificationInvalidTargets | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "external_id": external_id,
                "errors": errors,
            },
        )
