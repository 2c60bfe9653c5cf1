"""The OneSignal REST API for Python: sync and async clients over a generated, typed core.

from onesignal import OneSignal
client = OneSignal()                      # keys and app id from ONESIGNAL_* variables
client.create_notification({"contents": {"en": "Hello"}, "included_segments": ["Active Users"]})
"""

from typing import TYPE_CHECKING

from ._casing import camel_case, snake_case
from ._client import AsyncOneSignal, OneSignal
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    ExportError,
    ExportFormatError,
    ExportTimeoutError,
    InternalServerError,
    MissingKeyError,
    NotFoundError,
    OneSignalError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationError,
)
from ._models import Notification, RequestBody

__version__ = "0.1.0"


_ON_FIRST_USE = {
    # Most programs never build a filter or send in bulk: those modules load when first used.
    "filters": ("onesignal.filters", None),
    **{
        name: ("onesignal._bulk", name)
        for name in ("BulkError", "BulkResult", "BulkSendResult", "ChunkOutcome", "TagOutcome")
    },
}

if TYPE_CHECKING:
    from . import filters
    from ._bulk import BulkError, BulkResult, BulkSendResult, ChunkOutcome, TagOutcome


def __getattr__(name: str) -> object:
    if name not in _ON_FIRST_USE:
        raise AttributeError(f"module 'onesignal' has no attribute {name!r}")
    import importlib

    module, attribute = _ON_FIRST_USE[name]
    loaded = importlib.import_module(module)
    return loaded if attribute is None else getattr(loaded, attribute)


__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOneSignal",
    "AuthenticationError",
    "BadRequestError",
    "BulkError",
    "BulkResult",
    "BulkSendResult",
    "ChunkOutcome",
    "ClientClosedError",
    "ConflictError",
    "ExportError",
    "ExportFormatError",
    "ExportTimeoutError",
    "InternalServerError",
    "MissingKeyError",
    "NotFoundError",
    "Notification",
    "OneSignal",
    "OneSignalError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestBody",
    "TagOutcome",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "camel_case",
    "filters",
    "snake_case",
]
