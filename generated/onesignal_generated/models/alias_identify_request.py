from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class AliasIdentifyRequest(_m.Model):
    """Aliases to add to a user or to set to new values."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "identity": "identity",
    }

    identity: dict[str, str] | None = _m.field("identity", None)
    """ Alias label to new alias value; one or more entries. `onesignal_id` cannot be set. """

    def __init__(
        self,
        *,
        identity: dict[str, str],
    ) -> None:
        _m.init(
            self,
            {
                "identity": identity,
            },
        )
