from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class ExportSubscriptionsResult(_m.Model):
    """Where a subscription export will appear."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "csv_file_url": "csv_file_url",
    }

    csv_file_url: str | None = _m.field("csv_file_url", None)
    """ URL of the `.csv.gz` file; answers 404 until the file is ready. """

    def __init__(
        self,
        *,
        csv_file_url: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "csv_file_url": csv_file_url,
            },
        )
