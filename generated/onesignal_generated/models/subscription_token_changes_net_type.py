from typing import Literal

SubscriptionTokenChangesNetType = Literal[0, 1]

SUBSCRIPTION_TOKEN_CHANGES_NET_TYPE_VALUES: set[SubscriptionTokenChangesNetType] = {
    0,
    1,
}


def check_subscription_token_changes_net_type(
    value: int,
) -> SubscriptionTokenChangesNetType:
    if value in SUBSCRIPTION_TOKEN_CHANGES_NET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TOKEN_CHANGES_NET_TYPE_VALUES!r}"
    )
