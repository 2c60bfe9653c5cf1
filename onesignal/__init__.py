"""The OneSignal REST API for Python: sync and async clients over a generated, typed core.

from onesignal import OneSignal
client = OneSignal()                      # keys and app id from ONESIGNAL_* variables
client.create_notification({"contents": {"en": "Hello"}, "included_segments": ["Active Users"]})
"""

from ._bulk import BulkError, BulkResult, BulkSendResult, ChunkOutcome, TagOutcome
from ._casing import camel_case, snake_case
from ._client import AsyncOneSignal, OneSignal
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
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


def __getattr__(name: str) -> object:
    # `onesignal.filters` loads on first use: most programs never build a filter.
    if name == "filters":
        import importlib

        return importlib.import_module("onesignal.filters")
    raise AttributeError(f"module 'onesignal' has no attribute {name!r}")


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
