from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class LiveActivityStartResponse(_m.Model):
    """The push that starts the activity. The reference names the field `notification_id`; `id` is read too in case the API
    answers as it does for updates.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "notification_id": "notification_id",
        "id": "id",
        "errors": "errors",
    }

    notification_id: str | None = _m.field("notification_id", None)
    """ The id of the notification that carries the push-to-start. """
    id: str | None = _m.field("id", None)
    """ The same id under the name the update endpoint uses. """
    errors: list[str] | None = _m.field("errors", None)
    """ Warnings about the audience, such as no subscribed device matched. """

    def __init__(
        self,
        *,
        notification_id: str | None = None,
        id: str | None = None,
        errors: list[str] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "notification_id": notification_id,
                "id": id,
                "errors": errors,
            },
        )
