from typing import Literal

SubscriptionTestTypeType3Type1 = Literal[0, 1, 2]

SUBSCRIPTION_TEST_TYPE_TYPE_3_TYPE_1_VALUES: set[SubscriptionTestTypeType3Type1] = {
    0,
    1,
    2,
}


def check_subscription_test_type_type_3_type_1(
    value: int,
) -> SubscriptionTestTypeType3Type1:
    if value in SUBSCRIPTION_TEST_TYPE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TEST_TYPE_TYPE_3_TYPE_1_VALUES!r}"
    )
