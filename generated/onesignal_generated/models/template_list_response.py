from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.template import Template


class TemplateListResponse(_m.Model):
    """One page of an app's templates."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "templates": "templates",
        "total_count": "total_count",
        "limit": "limit",
        "offset": "offset",
    }

    templates: list[Template] | None = _m.field(
        "templates",
        _m.list_of(_m.model("onesignal_generated.models.template", "Template")),
    )
    """ Template summaries (id, name, timestamps). """
    total_count: int | None = _m.field("total_count", None)
    """ How many templates match in all, across every page. """
    limit: int | None = _m.field("limit", None)
    """ The page size used. """
    offset: int | None = _m.field("offset", None)
    """ The offset used. """

    def __init__(
        self,
        *,
        templates: list[Template] | None = None,
        total_count: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "templates": templates,
                "total_count": total_count,
                "limit": limit,
                "offset": offset,
            },
        )
