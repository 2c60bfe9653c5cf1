from typing import Literal

SubscriptionTestType = Literal[1, 2]

SUBSCRIPTION_TEST_TYPE_VALUES: set[SubscriptionTestType] = {
    1,
    2,
}


def check_subscription_test_type(value: int) -> SubscriptionTestType:
    if value in SUBSCRIPTION_TEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TEST_TYPE_VALUES!r}"
    )
