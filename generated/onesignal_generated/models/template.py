from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt
    from uuid import UUID

    from ..models.template_content import TemplateContent


class Template(_m.Model):
    """A message template. Lists carry only the id, name and timestamps; a single template also has its `channel` and
    `content`.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "channel": "channel",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "content": "content",
    }

    id: str | None = _m.field("id", None)
    """ The template's id. """
    name: str | None = _m.field("name", None)
    """ The template's name. """
    channel: str | None = _m.field("channel", None)
    """ The channel the template sends on: `push`, `email` or `SMS` (upper-case, unlike the `channel` query filter).
    Left as a plain string so an unexpected or null value still parses. """
    created_at: _dt.datetime | None = _m.field("created_at", _m.DATETIME)
    """ When the template was created. """
    updated_at: _dt.datetime | None = _m.field("updated_at", _m.DATETIME)
    """ When the template was last changed. """
    content: TemplateContent | None = _m.field(
        "content",
        _m.model("onesignal_generated.models.template_content", "TemplateContent"),
    )
    """ The stored message of a template: platform flags plus the fields of its channel. Fields that do not apply to
    the channel are usually null; fields not listed here are kept as extra properties. """

    def __init__(
        self,
        *,
        id: str | UUID,
        name: str | None = None,
        channel: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        content: TemplateContent | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "name": name,
                "channel": channel,
                "created_at": created_at,
                "updated_at": updated_at,
                "content": content,
            },
        )
