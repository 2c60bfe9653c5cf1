from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt


class IamMessage(_m.Model):
    """One in-app message as the SDK receives it. The fields are meant for the SDK and may grow; unknown fields are kept."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "variants": "variants",
        "triggers": "triggers",
        "end_time": "end_time",
        "redisplay": "redisplay",
        "has_liquid": "has_liquid",
    }

    id: str | None = _m.field("id", None)
    """ The in-app message's id. """
    variants: dict[str, Any] | None = _m.field("variants", None)
    """ Content ids per device type and language, such as `{"all": {"en": "<content id>"}}`. """
    triggers: list[list[dict[str, Any]]] | None = _m.field("triggers", None)
    """ When to show the message: a list of alternatives (ORed), each a list of conditions that must all hold. """
    end_time: _dt.datetime | None = _m.field("end_time", _m.DATETIME)
    """ When the message stops being shown, if it has an end. """
    redisplay: dict[str, Any] | None = _m.field("redisplay", None)
    """ How often the message may show again (`limit`) and after how many seconds (`delay`). """
    has_liquid: bool | None = _m.field("has_liquid", None)
    """ Whether the message content uses Liquid personalization. """

    def __init__(
        self,
        *,
        id: str | None = None,
        variants: dict[str, Any] | None = None,
        triggers: list[list[dict[str, Any]]] | None = None,
        end_time: _dt.datetime | None = None,
        redisplay: dict[str, Any] | None = None,
        has_liquid: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "variants": variants,
                "triggers": triggers,
                "end_time": end_time,
                "redisplay": redisplay,
                "has_liquid": has_liquid,
            },
        )
