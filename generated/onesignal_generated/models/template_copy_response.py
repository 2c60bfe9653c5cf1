from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt
    from uuid import UUID

    from ..models.template_content import TemplateContent


class TemplateCopyResponse(_m.Model):
    """The result of copying a template: a `success` flag, and, when the API returns it, the new template in the target
    app.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "success": "success",
        "id": "id",
        "name": "name",
        "channel": "channel",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "content": "content",
    }

    success: bool | None = _m.field("success", None)
    """ True when the copy was made. """
    id: str | None = _m.field("id", None)
    """ The new template's id in the target app. """
    name: str | None = _m.field("name", None)
    """ The new template's name. """
    channel: str | None = _m.field("channel", None)
    """ The channel the new template sends on (`push`, `email` or `SMS`). """
    created_at: _dt.datetime | None = _m.field("created_at", _m.DATETIME)
    updated_at: _dt.datetime | None = _m.field("updated_at", _m.DATETIME)
    content: TemplateContent | None = _m.field(
        "content",
        _m.model("onesignal_generated.models.template_content", "TemplateContent"),
    )
    """ The stored message of a template: platform flags plus the fields of its channel. Fields that do not apply to
    the channel are usually null; fields not listed here are kept as extra properties. """

    def __init__(
        self,
        *,
        success: bool | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        channel: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        content: TemplateContent | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "success": success,
                "id": id,
                "name": name,
                "channel": channel,
                "created_at": created_at,
                "updated_at": updated_at,
                "content": content,
            },
        )
