from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class EmailMetricCounts(_m.Model):
    """The email event counts grouped in one object, the shape OneSignal's own SDKs read (`providers[].metrics`,
    `events[].metrics`); with the unique open and click counts.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "sent": "sent",
        "delivered": "delivered",
        "opened": "opened",
        "unique_opened": "unique_opened",
        "clicked": "clicked",
        "unique_clicked": "unique_clicked",
        "bounced": "bounced",
        "failed": "failed",
        "complained": "complained",
    }

    sent: int | None = _m.field("sent", None)
    """ Emails handed to the provider. """
    delivered: int | None = _m.field("delivered", None)
    """ Emails the provider accepted. """
    opened: int | None = _m.field("opened", None)
    """ Opens recorded, repeats included. """
    unique_opened: int | None = _m.field("unique_opened", None)
    """ Recipients who opened at least once. """
    clicked: int | None = _m.field("clicked", None)
    """ Link clicks recorded, repeats included. """
    unique_clicked: int | None = _m.field("unique_clicked", None)
    """ Recipients who clicked at least once. """
    bounced: int | None = _m.field("bounced", None)
    """ Emails the provider bounced. """
    failed: int | None = _m.field("failed", None)
    """ Emails that could not be sent. """
    complained: int | None = _m.field("complained", None)
    """ Recipients who reported the email as spam. """

    def __init__(
        self,
        *,
        sent: int | None = None,
        delivered: int | None = None,
        opened: int | None = None,
        unique_opened: int | None = None,
        clicked: int | None = None,
        unique_clicked: int | None = None,
        bounced: int | None = None,
        failed: int | None = None,
        complained: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "sent": sent,
                "delivered": delivered,
                "opened": opened,
                "unique_opened": unique_opened,
                "clicked": clicked,
                "unique_clicked": unique_clicked,
                "bounced": bounced,
                "failed": failed,
                "complained": complained,
            },
        )
