from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.filter_ import Filter


class SegmentUpdateRequest(_m.Model):
    """Changes to a segment. `name` is always required; `filters`, when given, replaces all existing filters."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "filters": "filters",
    }

    name: str | None = _m.field("name", None)
    """ The segment's name (send the current one to keep it). """
    description: str | None = _m.field("description", None)
    """ A new description; an empty string clears it, leaving it out keeps it. """
    filters: list[Filter] | None = _m.field(
        "filters", _m.list_of(_m.model("onesignal_generated.models.filter_", "Filter"))
    )
    """ The new conditions, replacing the old ones. At most 200 entries. """

    def __init__(
        self,
        *,
        name: str,
        description: str | None = None,
        filters: list[Filter] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "name": name,
                "description": description,
                "filters": filters,
            },
        )
