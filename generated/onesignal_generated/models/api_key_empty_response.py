from __future__ import annotations

from onesignal import _model as _m


class ApiKeyEmptyResponse(_m.FreeForm):
    """The empty object OneSignal answers with after updating or deleting a key."""

    __slots__ = ()
