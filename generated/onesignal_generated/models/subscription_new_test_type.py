from typing import Literal

SubscriptionNewTestType = Literal[1, 2]

SUBSCRIPTION_NEW_TEST_TYPE_VALUES: set[SubscriptionNewTestType] = {
    1,
    2,
}


def check_subscription_new_test_type(value: int) -> SubscriptionNewTestType:
    if value in SUBSCRIPTION_NEW_TEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_NEW_TEST_TYPE_VALUES!r}"
    )
