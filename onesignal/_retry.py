"""When to retry and how long to wait: one policy for the sync and the async client."""

from __future__ import annotations

import email.utils
import math
import random
import time
from dataclasses import dataclass

import httpx2

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures that happen before a request's bytes can have reached OneSignal.
NOT_SENT_ERRORS = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter, capped; the server's Retry-After wins when given.

    OneSignal asks for the whole Retry-After to be waited: a retry never comes sooner, and an
    answer that asks for more than `max_retry_after` seconds is not retried at all (its
    `RateLimitError` says how long, in `retry_after`).

    An operation is `replayable` when sending it twice does no harm: GET, PUT and DELETE, and
    create_notification, whose idempotency_key makes OneSignal drop a duplicate. Any other
    operation is retried only when it surely was not processed: the connection was never made,
    or OneSignal answered 429.
    """

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def should_retry(
        self,
        attempt: int,
        *,
        replayable: bool,
        response: httpx2.Response | None = None,
        error: Exception | None = None,
    ) -> bool:
        if attempt >= self.max_retries:
            return False
        if response is not None:
            asked = retry_after(response)
            if asked is not None and asked > self.max_retry_after:
                return False  # retrying sooner would break the server's rule: raise now
            if response.status_code == 429:
                return True
            return replayable and response.status_code in RETRY_STATUSES
        if isinstance(error, NOT_SENT_ERRORS):
            return True
        return replayable and isinstance(error, httpx2.TransportError)

    def delay(self, attempt: int, response: httpx2.Response | None = None) -> float:
        """Seconds to wait before retry number `attempt + 1`."""
        if response is not None:
            asked = retry_after(response)
            if asked is not None:
                return asked  # the whole wait (should_retry refused a longer one than allowed)
        return random.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))


def retry_after(response: httpx2.Response) -> float | None:
    """The Retry-After header in seconds (it may be a number or an HTTP date), if usable."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:  # a negative, infinite or NaN wait is no instruction: back off as usual
        return seconds if 0 <= seconds < math.inf else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
