from typing import Literal

SubscriptionType = Literal[
    "AndroidPush",
    "ChromeExtensionPush",
    "ChromePush",
    "Email",
    "FirefoxPush",
    "FireOSPush",
    "HuaweiPush",
    "iOSPush",
    "macOSPush",
    "SafariLegacyPush",
    "SafariPush",
    "SMS",
    "WindowsPush",
]

SUBSCRIPTION_TYPE_VALUES: set[SubscriptionType] = {
    "AndroidPush",
    "ChromeExtensionPush",
    "ChromePush",
    "Email",
    "FirefoxPush",
    "FireOSPush",
    "HuaweiPush",
    "iOSPush",
    "macOSPush",
    "SafariLegacyPush",
    "SafariPush",
    "SMS",
    "WindowsPush",
}


def check_subscription_type(value: str) -> SubscriptionType:
    if value in SUBSCRIPTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TYPE_VALUES!r}"
    )
