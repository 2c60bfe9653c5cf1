from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class JourneyEarlyExitOnEvent(_m.Model):
    """Exit when this custom event arrives for the user."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "name": "name",
    }

    name: str | None = _m.field("name", None)
    """ The custom event name. """

    def __init__(
        self,
        *,
        name: str,
    ) -> None:
        _m.init(
            self,
            {
                "name": name,
            },
        )
