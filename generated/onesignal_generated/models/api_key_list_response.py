from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


class ApiKeyListResponse(_m.Model):
    """The app's API keys."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "tokens": "tokens",
    }

    tokens: list[ApiKey] | None = _m.field(
        "tokens", _m.list_of(_m.model("onesignal_generated.models.api_key", "ApiKey"))
    )

    def __init__(
        self,
        *,
        tokens: list[ApiKey],
    ) -> None:
        _m.init(
            self,
            {
                "tokens": tokens,
            },
        )
