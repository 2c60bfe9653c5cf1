from __future__ import annotations

from onesignal import _model as _m


class AuditLogContextMetadata(_m.FreeForm):
    """Further details about the request."""

    __slots__ = ()
