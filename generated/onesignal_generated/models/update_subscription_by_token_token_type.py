from typing import Literal

UpdateSubscriptionByTokenTokenType = Literal[
    "AndroidPush",
    "ChromeExtensionPush",
    "ChromePush",
    "Email",
    "FirefoxPush",
    "FireOSPush",
    "HuaweiPush",
    "iOSPush",
    "macOSPush",
    "SafariPush",
    "SMS",
    "WindowsPush",
]

UPDATE_SUBSCRIPTION_BY_TOKEN_TOKEN_TYPE_VALUES: set[
    UpdateSubscriptionByTokenTokenType
] = {
    "AndroidPush",
    "ChromeExtensionPush",
    "ChromePush",
    "Email",
    "FirefoxPush",
    "FireOSPush",
    "HuaweiPush",
    "iOSPush",
    "macOSPush",
    "SafariPush",
    "SMS",
    "WindowsPush",
}


def check_update_subscription_by_token_token_type(
    value: str,
) -> UpdateSubscriptionByTokenTokenType:
    if value in UPDATE_SUBSCRIPTION_BY_TOKEN_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SUBSCRIPTION_BY_TOKEN_TOKEN_TYPE_VALUES!r}"
    )
