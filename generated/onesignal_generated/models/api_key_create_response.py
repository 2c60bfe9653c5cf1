from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class ApiKeyCreateResponse(_m.Model):
    """A newly created key, with its secret shown this one time."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "token_id": "token_id",
        "formatted_token": "formatted_token",
    }

    token_id: str | None = _m.field("token_id", None)
    """ The key's id. """
    formatted_token: str | None = _m.field("formatted_token", None)
    """ The key itself, to send as `Authorization: Key <formatted_token>`. OneSignal does not keep it. """

    def __init__(
        self,
        *,
        token_id: str,
        formatted_token: str,
    ) -> None:
        _m.init(
            self,
            {
                "token_id": token_id,
                "formatted_token": formatted_token,
            },
        )
