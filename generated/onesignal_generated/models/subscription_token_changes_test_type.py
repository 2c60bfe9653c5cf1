from typing import Literal

SubscriptionTokenChangesTestType = Literal[1, 2]

SUBSCRIPTION_TOKEN_CHANGES_TEST_TYPE_VALUES: set[SubscriptionTokenChangesTestType] = {
    1,
    2,
}


def check_subscription_token_changes_test_type(
    value: int,
) -> SubscriptionTokenChangesTestType:
    if value in SUBSCRIPTION_TOKEN_CHANGES_TEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TOKEN_CHANGES_TEST_TYPE_VALUES!r}"
    )
