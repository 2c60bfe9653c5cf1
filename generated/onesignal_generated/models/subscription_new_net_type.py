from typing import Literal

SubscriptionNewNetType = Literal[0, 1]

SUBSCRIPTION_NEW_NET_TYPE_VALUES: set[SubscriptionNewNetType] = {
    0,
    1,
}


def check_subscription_new_net_type(value: int) -> SubscriptionNewNetType:
    if value in SUBSCRIPTION_NEW_NET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_NEW_NET_TYPE_VALUES!r}"
    )
