from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class NotificationInvalidTargets(_m.Model):
    """The targets of a create request that could not be used, by kind."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "invalid_aliases": "invalid_aliases",
        "invalid_player_ids": "invalid_player_ids",
        "invalid_external_user_ids": "invalid_external_user_ids",
        "invalid_phone_numbers": "invalid_phone_numbers",
        "invalid_email_tokens": "invalid_email_tokens",
    }

    invalid_aliases: dict[str, list[str]] | None = _m.field("invalid_aliases", None)
    """ Alias label -> alias values that matched no user. """
    invalid_player_ids: list[str] | None = _m.field("invalid_player_ids", None)
    """ Subscription (player) ids that do not exist or are unsubscribed. """
    invalid_external_user_ids: list[str] | None = _m.field(
        "invalid_external_user_ids", None
    )
    """ Legacy external user ids that matched nobody. """
    invalid_phone_numbers: list[str] | None = _m.field("invalid_phone_numbers", None)
    """ Phone numbers that could not be used. """
    invalid_email_tokens: list[str] | None = _m.field("invalid_email_tokens", None)
    """ Email addresses that could not be used. """

    def __init__(
        self,
        *,
        invalid_aliases: dict[str, list[str]] | None = None,
        invalid_player_ids: list[str] | None = None,
        invalid_external_user_ids: list[str] | None = None,
        invalid_phone_numbers: list[str] | None = None,
        invalid_email_tokens: list[str] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "invalid_aliases": invalid_aliases,
                "invalid_player_ids": invalid_player_ids,
                "invalid_external_user_ids": invalid_external_user_ids,
                "invalid_phone_numbers": invalid_phone_numbers,
                "invalid_email_tokens": invalid_email_tokens,
            },
        )
