from typing import Literal

UnsubscribeEmailResultSuccessType0 = Literal["false", "true"]

UNSUBSCRIBE_EMAIL_RESULT_SUCCESS_TYPE_0_VALUES: set[
    UnsubscribeEmailResultSuccessType0
] = {
    "false",
    "true",
}


def check_unsubscribe_email_result_success_type_0(
    value: str,
) -> UnsubscribeEmailResultSuccessType0:
    if value in UNSUBSCRIBE_EMAIL_RESULT_SUCCESS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_EMAIL_RESULT_SUCCESS_TYPE_0_VALUES!r}"
    )
