from typing import Literal

SubscriptionChangesTestType = Literal[1, 2]

SUBSCRIPTION_CHANGES_TEST_TYPE_VALUES: set[SubscriptionChangesTestType] = {
    1,
    2,
}


def check_subscription_changes_test_type(value: int) -> SubscriptionChangesTestType:
    if value in SUBSCRIPTION_CHANGES_TEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_CHANGES_TEST_TYPE_VALUES!r}"
    )
