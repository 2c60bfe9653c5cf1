from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.email_metric_counts import EmailMetricCounts


class EmailProviderMetrics(_m.Model):
    """Counts for one inbox provider over the range."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "provider": "provider",
        "delivered": "delivered",
        "opened": "opened",
        "clicked": "clicked",
        "bounced": "bounced",
        "failed": "failed",
        "complained": "complained",
        "metrics": "metrics",
    }

    provider: str | None = _m.field("provider", None)
    """ The inbox provider, such as gmail, outlook, yahoo or apple. """
    delivered: int | None = _m.field("delivered", None)
    """ Emails the provider accepted. """
    opened: int | None = _m.field("opened", None)
    """ Opens recorded. """
    clicked: int | None = _m.field("clicked", None)
    """ Link clicks recorded. """
    bounced: int | None = _m.field("bounced", None)
    """ Emails the provider bounced. """
    failed: int | None = _m.field("failed", None)
    """ Emails that could not be sent. """
    complained: int | None = _m.field("complained", None)
    """ Recipients who reported the email as spam. """
    metrics: EmailMetricCounts | None = _m.field(
        "metrics",
        _m.model("onesignal_generated.models.email_metric_counts", "EmailMetricCounts"),
    )
    """ The email event counts grouped in one object, the shape OneSignal's own SDKs read (`providers[].metrics`,
    `events[].metrics`); with the unique open and click counts. """

    def __init__(
        self,
        *,
        provider: str | None = None,
        delivered: int | None = None,
        opened: int | None = None,
        clicked: int | None = None,
        bounced: int | None = None,
        failed: int | None = None,
        complained: int | None = None,
        metrics: EmailMetricCounts | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "provider": provider,
                "delivered": delivered,
                "opened": opened,
                "clicked": clicked,
                "bounced": bounced,
                "failed": failed,
                "complained": complained,
                "metrics": metrics,
            },
        )
