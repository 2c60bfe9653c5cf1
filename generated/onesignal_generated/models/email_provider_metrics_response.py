from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt

    from ..models.email_provider_metrics import EmailProviderMetrics


class EmailProviderMetricsResponse(_m.Model):
    """Email event counts for one sending domain, per inbox provider."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "domain": "domain",
        "start": "start",
        "end": "end",
        "providers": "providers",
    }

    domain: str | None = _m.field("domain", None)
    """ The sending domain reported on. """
    start: _dt.datetime | None = _m.field("start", _m.DATETIME)
    """ Start of the range. """
    end: _dt.datetime | None = _m.field("end", _m.DATETIME)
    """ End of the range. """
    providers: list[EmailProviderMetrics] | None = _m.field(
        "providers",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.email_provider_metrics",
                "EmailProviderMetrics",
            )
        ),
    )
    """ One entry per inbox provider; empty when the domain is not active for the app. """

    def __init__(
        self,
        *,
        domain: str | None = None,
        start: _dt.datetime | None = None,
        end: _dt.datetime | None = None,
        providers: list[EmailProviderMetrics] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "domain": domain,
                "start": start,
                "end": end,
                "providers": providers,
            },
        )
