from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.filter_ import Filter


class SegmentCreateRequest(_m.Model):
    """A new segment."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "name": "name",
        "filters": "filters",
        "id": "id",
        "description": "description",
    }

    name: str | None = _m.field("name", None)
    """ The segment's name, unique within the app. """
    filters: list[Filter] | None = _m.field(
        "filters", _m.list_of(_m.model("onesignal_generated.models.filter_", "Filter"))
    )
    """ The conditions, with optional `{"operator": "OR"}` entries between them. At most 200 entries, OR entries
    included. """
    id: str | None = _m.field("id", None)
    """ An id for the segment; OneSignal assigns one when left out. """
    description: str | None = _m.field("description", None)
    """ An optional note on what the segment is for. """

    def __init__(
        self,
        *,
        name: str,
        filters: list[Filter],
        id: str | UUID | None = None,
        description: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "name": name,
                "filters": filters,
                "id": id,
                "description": description,
            },
        )
