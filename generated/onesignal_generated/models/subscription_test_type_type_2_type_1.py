from typing import Literal

SubscriptionTestTypeType2Type1 = Literal[0, 1, 2]

SUBSCRIPTION_TEST_TYPE_TYPE_2_TYPE_1_VALUES: set[SubscriptionTestTypeType2Type1] = {
    0,
    1,
    2,
}


def check_subscription_test_type_type_2_type_1(
    value: int,
) -> SubscriptionTestTypeType2Type1:
    if value in SUBSCRIPTION_TEST_TYPE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TEST_TYPE_TYPE_2_TYPE_1_VALUES!r}"
    )
