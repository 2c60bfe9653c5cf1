from typing import Literal

SubscriptionChangesNetType = Literal[0, 1]

SUBSCRIPTION_CHANGES_NET_TYPE_VALUES: set[SubscriptionChangesNetType] = {
    0,
    1,
}


def check_subscription_changes_net_type(value: int) -> SubscriptionChangesNetType:
    if value in SUBSCRIPTION_CHANGES_NET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_CHANGES_NET_TYPE_VALUES!r}"
    )
