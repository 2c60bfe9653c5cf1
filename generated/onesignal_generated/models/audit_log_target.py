from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class AuditLogTarget(_m.Model):
    """A resource the action was performed on."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "type": "type_",
        "id": "id",
        "name": "name",
        "metadata": "metadata",
    }

    type_: str | None = _m.field("type", None)
    """ The kind of resource, such as `segment` or `template`. """
    id: str | None = _m.field("id", None)
    """ The resource's id. """
    name: str | None = _m.field("name", None)
    """ The resource's name at the time. """
    metadata: dict[str, Any] | None = _m.field("metadata", None)
    """ Further details about the resource. """

    def __init__(
        self,
        *,
        type_: str | None = None,
        id: str | None = None,
        name: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "type": type_,
                "id": id,
                "name": name,
                "metadata": metadata,
            },
        )

    type: str | None = _m.field("type", None)
    """ The same field as `type_`, by its JSON name. """
