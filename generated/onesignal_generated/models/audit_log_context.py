from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class AuditLogContext(_m.Model):
    """Where the action came from."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "ip": "ip",
        "user_agent": "user_agent",
        "country": "country",
        "metadata": "metadata",
    }

    ip: str | None = _m.field("ip", None)
    """ The IP address of the request. """
    user_agent: str | None = _m.field("user_agent", None)
    """ The user agent of the request. """
    country: str | None = _m.field("country", None)
    """ ISO 3166-1 alpha-2 code of the country the request came from. """
    metadata: dict[str, Any] | None = _m.field("metadata", None)
    """ Further details about the request. """

    def __init__(
        self,
        *,
        ip: str | None = None,
        user_agent: str | None = None,
        country: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "ip": ip,
                "user_agent": user_agent,
                "country": country,
                "metadata": metadata,
            },
        )
