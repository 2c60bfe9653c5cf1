from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class NotificationHistoryResult(_m.Model):
    """Where the history report will appear."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "success": "success",
        "destination_url": "destination_url",
    }

    success: bool | None = _m.field("success", None)
    destination_url: str | None = _m.field("destination_url", None)
    """ URL of the CSV; poll it until it stops answering 403. """

    def __init__(
        self,
        *,
        success: bool | None = None,
        destination_url: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "success": success,
                "destination_url": destination_url,
            },
        )
