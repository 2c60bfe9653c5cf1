from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt
    from uuid import UUID


class Segment(_m.Model):
    """A segment as listed by `get_segments` (without its filters)."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "description": "description",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "app_id": "app_id",
        "read_only": "read_only",
        "is_active": "is_active",
    }

    id: str | None = _m.field("id", None)
    """ The segment's id. """
    name: str | None = _m.field("name", None)
    """ The segment's name, as used in `included_segments` and `excluded_segments`. """
    description: str | None = _m.field("description", None)
    """ The segment's optional description. """
    created_at: _dt.datetime | None = _m.field("created_at", _m.DATETIME)
    """ When the segment was created. """
    updated_at: _dt.datetime | None = _m.field("updated_at", _m.DATETIME)
    """ When the segment was last changed. """
    app_id: str | None = _m.field("app_id", None)
    """ The app the segment belongs to. """
    read_only: bool | None = _m.field("read_only", None)
    """ True for segments that cannot be edited or deleted. """
    is_active: bool | None = _m.field("is_active", None)
    """ Whether the segment is active. """

    def __init__(
        self,
        *,
        id: str | UUID,
        name: str,
        description: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        app_id: str | UUID | None = None,
        read_only: bool | None = None,
        is_active: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "name": name,
                "description": description,
                "created_at": created_at,
                "updated_at": updated_at,
                "app_id": app_id,
                "read_only": read_only,
                "is_active": is_active,
            },
        )
