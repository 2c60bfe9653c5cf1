from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class PropertiesPurchase(_m.Model):
    """One purchase of an item."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "sku": "sku",
        "amount": "amount",
        "iso": "iso",
        "count": "count",
    }

    sku: str | None = _m.field("sku", None)
    """ Your identifier of the item bought. """
    amount: str | None = _m.field("amount", None)
    """ The price paid, as a decimal string such as `19.99`. """
    iso: str | None = _m.field("iso", None)
    """ The ISO 4217 currency code of `amount`, such as `USD`. """
    count: int | None = _m.field("count", None)
    """ How many units were bought. """

    def __init__(
        self,
        *,
        sku: str,
        amount: str,
        iso: str,
        count: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "sku": sku,
                "amount": amount,
                "iso": iso,
                "count": count,
            },
        )
