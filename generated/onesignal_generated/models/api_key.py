from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt

    from ..models.api_key_ip_allowlist_mode import (
        ApiKeyIpAllowlistMode,
    )


class ApiKey(_m.Model):
    """An app API key (Rich Authentication Token), without its secret."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "token_id": "token_id",
        "name": "name",
        "ip_allowlist_mode": "ip_allowlist_mode",
        "ip_allowlist": "ip_allowlist",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    token_id: str | None = _m.field("token_id", None)
    """ The key's id, used to update, rotate or delete it. Not the key itself. """
    name: str | None = _m.field("name", None)
    """ The key's name. """
    ip_allowlist_mode: ApiKeyIpAllowlistMode | None = _m.field(
        "ip_allowlist_mode", None
    )
    """ `explicit` restricts the key to the CIDR ranges in `ip_allowlist`; `disabled` (the default for a new key)
    lets it be used from any address. """
    ip_allowlist: list[str] | None = _m.field("ip_allowlist", None)
    """ The CIDR ranges allowed to use the key, when the mode is `explicit`. """
    created_at: _dt.datetime | None = _m.field("created_at", _m.DATETIME)
    """ When the key was created. """
    updated_at: _dt.datetime | None = _m.field("updated_at", _m.DATETIME)
    """ When the key was last changed. """

    def __init__(
        self,
        *,
        token_id: str,
        name: str | None = None,
        ip_allowlist_mode: ApiKeyIpAllowlistMode | None = None,
        ip_allowlist: list[str] | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "token_id": token_id,
                "name": name,
                "ip_allowlist_mode": ip_allowlist_mode,
                "ip_allowlist": ip_allowlist,
                "created_at": created_at,
                "updated_at": updated_at,
            },
        )
