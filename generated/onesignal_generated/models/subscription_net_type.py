from typing import Literal

SubscriptionNetType = Literal[0, 1]

SUBSCRIPTION_NET_TYPE_VALUES: set[SubscriptionNetType] = {
    0,
    1,
}


def check_subscription_net_type(value: int) -> SubscriptionNetType:
    if value in SUBSCRIPTION_NET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_NET_TYPE_VALUES!r}"
    )
