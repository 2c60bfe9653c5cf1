from typing import Literal

ApiKeyIpAllowlistMode = Literal["disabled", "explicit"]

API_KEY_IP_ALLOWLIST_MODE_VALUES: set[ApiKeyIpAllowlistMode] = {
    "disabled",
    "explicit",
}


def check_api_key_ip_allowlist_mode(value: str) -> ApiKeyIpAllowlistMode:
    if value in API_KEY_IP_ALLOWLIST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {API_KEY_IP_ALLOWLIST_MODE_VALUES!r}"
    )
