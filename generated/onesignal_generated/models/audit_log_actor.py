from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class AuditLogActor(_m.Model):
    """Who performed the action."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "type": "type_",
        "id": "id",
        "name": "name",
        "email": "email",
        "metadata": "metadata",
    }

    type_: str | None = _m.field("type", None)
    """ The kind of actor, such as `user`. """
    id: str | None = _m.field("id", None)
    """ The actor's id. """
    name: str | None = _m.field("name", None)
    """ The actor's display name. """
    email: str | None = _m.field("email", None)
    """ The actor's email address, for users. """
    metadata: dict[str, Any] | None = _m.field("metadata", None)
    """ Further details about the actor. """

    def __init__(
        self,
        *,
        type_: str | None = None,
        id: str | None = None,
        name: str | None = None,
        email: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "type": type_,
                "id": id,
                "name": name,
                "email": email,
                "metadata": metadata,
            },
        )

    type: str | None = _m.field("type", None)
    """ The same field as `type_`, by its JSON name. """
