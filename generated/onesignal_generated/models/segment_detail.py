from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.segment_detail_filter import SegmentDetailFilter
    from ..models.segment_detail_source import (
        SegmentDetailSource,
    )


class SegmentDetail(_m.Model):
    """A segment's metadata and filters, as returned with `include-segment-detail=true`."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "description": "description",
        "created_at": "created_at",
        "source": "source",
        "filters": "filters",
    }

    id: str | None = _m.field("id", None)
    """ The segment's id. """
    name: str | None = _m.field("name", None)
    """ The segment's name. """
    description: str | None = _m.field("description", None)
    """ The segment's optional description. """
    created_at: int | None = _m.field("created_at", None)
    """ When the segment was created, in Unix seconds. """
    source: SegmentDetailSource | None = _m.field("source", None)
    """ Where the segment came from. """
    filters: list[SegmentDetailFilter] | None = _m.field(
        "filters",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.segment_detail_filter",
                "SegmentDetailFilter",
            )
        ),
    )
    """ The segment's conditions and operators, in the format `create_segment` and `update_segment` accept, except
    that location values come back as strings and a condition the API cannot create is flagged `unsupported_in_api`.
    """

    def __init__(
        self,
        *,
        id: str | UUID | None = None,
        name: str | None = None,
        description: str | None = None,
        created_at: int | None = None,
        source: SegmentDetailSource | None = None,
        filters: list[SegmentDetailFilter] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "name": name,
                "description": description,
                "created_at": created_at,
                "source": source,
                "filters": filters,
            },
        )
