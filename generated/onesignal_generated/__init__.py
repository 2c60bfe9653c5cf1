"""A client library for accessing OneSignal REST API"""

# The clients (and attrs, which they use) are imported on first use: the models do not need them.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
else:

    def __getattr__(name: str) -> Any:
        if name in __all__:
            from . import client

            return getattr(client, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
