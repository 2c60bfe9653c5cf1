from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.api_key_ip_allowlist_mode import (
        ApiKeyIpAllowlistMode,
    )


class ApiKeyUpdateRequest(_m.Model):
    """Changes to an app API key; fields left out keep their values."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "name": "name",
        "ip_allowlist_mode": "ip_allowlist_mode",
        "ip_allowlist": "ip_allowlist",
    }

    name: str | None = _m.field("name", None)
    """ A new name for the key. """
    ip_allowlist_mode: ApiKeyIpAllowlistMode | None = _m.field(
        "ip_allowlist_mode", None
    )
    """ `explicit` restricts the key to the CIDR ranges in `ip_allowlist`; `disabled` (the default for a new key)
    lets it be used from any address. """
    ip_allowlist: list[str] | None = _m.field("ip_allowlist", None)
    """ CIDR ranges allowed to use the key. """

    def __init__(
        self,
        *,
        name: str | None = None,
        ip_allowlist_mode: ApiKeyIpAllowlistMode | None = None,
        ip_allowlist: list[str] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "name": name,
                "ip_allowlist_mode": ip_allowlist_mode,
                "ip_allowlist": ip_allowlist,
            },
        )
