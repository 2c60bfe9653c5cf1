from __future__ import annotations

from onesignal import _model as _m


class AuditLogTargetMetadata(_m.FreeForm):
    """Further details about the resource."""

    __slots__ = ()
