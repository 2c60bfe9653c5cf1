from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class UserIdentityResponse(_m.Model):
    """The aliases of one user."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "identity": "identity",
    }

    identity: dict[str, str] | None = _m.field("identity", None)
    """ A user's aliases: alias label to alias value, such as `external_id`, `onesignal_id` or a custom label like
    `crm_id`. A user may carry up to 20 custom aliases besides these. """

    def __init__(
        self,
        *,
        identity: dict[str, str] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "identity": identity,
            },
        )
