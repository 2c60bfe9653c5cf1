from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class ApiKeyRotateResponse(_m.Model):
    """The new secret of a rotated key, shown this one time."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "formatted_token": "formatted_token",
        "token_id": "token_id",
    }

    formatted_token: str | None = _m.field("formatted_token", None)
    """ The new key, replacing the old one. """
    token_id: str | None = _m.field("token_id", None)
    """ The key's id (unchanged by rotation), when OneSignal includes it. """

    def __init__(
        self,
        *,
        formatted_token: str,
        token_id: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "formatted_token": formatted_token,
                "token_id": token_id,
            },
        )
