from __future__ import annotations

from onesignal import _model as _m


class CustomEventProperties(_m.FreeForm):
    """Free-form data about the event, such as `{"total": 84.5, "currency": "USD"}`."""

    __slots__ = ()
