"""`OneSignal` and `AsyncOneSignal`.

Their methods are generated from the spec and the operation table (`make generate` writes
`onesignal_generated/methods.py` from templates/methods.py.jinja); each is a thin call into the
core in `_base.py` and `_core.py`.
"""

from __future__ import annotations

from onesignal_generated.methods import AsyncMethods, SyncMethods


class OneSignal(SyncMethods):
    """The OneSignal REST API, blocking. Keys and defaults come from arguments or ONESIGNAL_*.

    `OneSignal(rest_api_key=..., organization_api_key=..., app_id=...)`; each argument left out
    is read from ONESIGNAL_REST_API_KEY, ONESIGNAL_ORGANIZATION_API_KEY and ONESIGNAL_APP_ID.
    Every method sends the key its operation needs; the app id, where an operation takes one,
    defaults to the client's.
    """


class AsyncOneSignal(AsyncMethods):
    """The OneSignal REST API, for asyncio. Same methods as `OneSignal`, as coroutines."""
