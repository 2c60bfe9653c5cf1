"""Helpers: bulk sends and bulk tag updates, planned here and run by each client (_core.py).

A pure planner turns the caller's input into a list of operation calls (chunking, checks,
idempotency keys) and later turns their answers into one result; the clients only run the calls,
at most `concurrency` at a time. Every call goes through the client's own send loop, so retries
and the shared 429 pause (`_backoff`) apply to each chunk as to any other call.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._base import BaseClient
from ._casing import to_wire
from ._errors import OneSignalError, ValidationError
from ._operations import BY_NAME, Operation

if TYPE_CHECKING:  # used in quoted base classes, which ruff does not read; imported lazily
    from onesignal_generated.models import (  # noqa: F401
        NotificationCreateResult,
        UserUpdateResponse,
    )

# OneSignal takes at most 20,000 alias values (`include_aliases`) per create-message request:
# https://documentation.onesignal.com/reference/create-message ("Target up to 20,000 users by
# their external_id, onesignal_id, or a custom alias").
ALIAS_LIMIT = 20_000
# Seeds the per-chunk keys when the caller's base key is not itself a UUID.
_KEY_NAMESPACE = uuid.UUID("6f0c1f3e-2b8a-5d4c-9e71-0a3b5c7d9e1f")
# Audience fields that cannot be combined with `include_aliases` (one targeting method per message).
_AUDIENCE = (
    "include_aliases",
    "include_external_user_ids",
    "include_subscription_ids",
    "include_player_ids",
    "included_segments",
    "excluded_segments",
    "filters",
    "email_to",
    "include_phone_numbers",
)

ResultT = TypeVar("ResultT")
OutcomeT = TypeVar("OutcomeT", bound="Outcome[Any]")
Answer = tuple[Any, Exception | None]  # what one call gave: (result, None) or (None, error)


# -- results -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome(Generic[ResultT]):
    """What one call of a bulk operation gave: its parsed `result`, or the `error` it raised."""

    result: ResultT | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def label(self) -> str:
        return "call"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChunkOutcome(Outcome["NotificationCreateResult"]):
    """One create_notification of a bulk send: the external ids it targeted and its key.

    A 200 whose `result.errors` says nobody was reachable is still `ok` (nothing was raised);
    its `notification_id` is then None.
    """

    index: int
    ids: tuple[str, ...]
    idempotency_key: str

    @property
    def notification_id(self) -> str | None:
        found = getattr(self.result, "id", None)
        return found if isinstance(found, str) and found else None

    @property
    def label(self) -> str:
        return f"chunk {self.index} ({len(self.ids)} ids from {self.ids[0]!r})"


@dataclass(frozen=True, slots=True, kw_only=True)
class TagOutcome(Outcome["UserUpdateResponse"]):
    """One update_user of a bulk tag update."""

    alias_id: str
    tags: Mapping[str, str]

    @property
    def label(self) -> str:
        return f"user {self.alias_id!r}"


@dataclass(frozen=True, slots=True)
class BulkResult(Generic[OutcomeT]):
    """Every item's outcome, in input order. Failures are kept here, never raised on their own."""

    outcomes: tuple[OutcomeT, ...]

    def __iter__(self) -> Iterator[OutcomeT]:
        return iter(self.outcomes)

    def __len__(self) -> int:
        return len(self.outcomes)

    @property
    def succeeded(self) -> list[OutcomeT]:
        return [o for o in self.outcomes if o.ok]

    @property
    def failed(self) -> list[OutcomeT]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.outcomes)

    def raise_for_failures(self) -> None:
        """Raise `BulkError` (listing every failed item) if any item failed."""
        if not self.ok:
            raise BulkError(self)


@dataclass(frozen=True, slots=True)
class BulkSendResult(BulkResult[ChunkOutcome]):
    """The chunks of `send_to_external_ids`. Pass `idempotency_key` to a repeat of the same send
    (same notification and ids) and OneSignal drops the chunks it already accepted."""

    idempotency_key: str = ""

    @property
    def notification_ids(self) -> list[str]:
        """The ids of the notifications created, one per chunk that created one."""
        return [o.notification_id for o in self.outcomes if o.notification_id]


class BulkError(OneSignalError):
    """Some items of a bulk operation failed. `result` holds every outcome, `failed` the failed
    ones; the first failure's error is the `__cause__`."""

    def __init__(self, result: BulkResult[Any]) -> None:
        self.result = result
        self.failed: list[Outcome[Any]] = result.failed
        shown = "; ".join(f"{o.label}: {o.error!r}" for o in self.failed[:5])
        more = f"; and {len(self.failed) - 5} more" if len(self.failed) > 5 else ""
        super().__init__(f"{len(self.failed)} of {len(result)} failed: {shown}{more}")
        self.__cause__ = self.failed[0].error


# -- the planner: everything but I/O -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Call:
    slots: tuple[Any, ...]  # the operation's positional parameters, as its method takes them
    named: dict[str, Any] = field(default_factory=dict)


class Plan(Generic[ResultT]):
    """The calls a bulk operation makes, and how their answers become its result."""

    op: Operation
    calls: list[Call]
    concurrency: int

    def assemble(self, answers: list[Answer]) -> ResultT:
        raise NotImplementedError


class SendPlan(Plan[BulkSendResult]):
    op = BY_NAME["create_notification"]

    def __init__(
        self,
        notification: Any,
        external_ids: Iterable[str],
        *,
        app_id: str | None,
        client_app_id: str | None,
        chunk_size: int,
        concurrency: int,
        idempotency_key: str | uuid.UUID | None,
    ) -> None:
        _check_count("chunk_size", chunk_size, most=ALIAS_LIMIT)
        self.concurrency = _check_count("concurrency", concurrency)
        ids = _external_ids(external_ids)
        body: dict[str, Any] = to_wire(notification, "Notification", "notification")
        for name in _AUDIENCE:
            if body.get(name):
                raise ValidationError(
                    f"send_to_external_ids: notification.{name} cannot be combined with the "
                    "external ids, which are the audience; remove it",
                    field=name,
                )
        if app_id is not None:
            body["app_id"] = app_id
        if not body.get("app_id") and not client_app_id:
            raise ValidationError(
                "send_to_external_ids: app_id is required: pass it, put it in the notification, "
                "or set app_id= / ONESIGNAL_APP_ID on the client",
                field="app_id",
            )
        body["target_channel"] = body.get("target_channel") or "push"
        # One key for the whole body would make OneSignal drop every chunk after the first, so
        # each chunk gets its own, derived from the base. `external_id` is the older name.
        given = body.pop("idempotency_key", None), body.pop("external_id", None)
        base = idempotency_key or given[0] or given[1] or uuid.uuid4()
        self.base_key = str(base)
        self.chunks = [tuple(ids[i : i + chunk_size]) for i in range(0, len(ids), chunk_size)]
        self.keys = [chunk_key(self.base_key, i) for i in range(len(self.chunks))]
        self.calls = [
            Call(
                (None, {**body, "include_aliases": {"external_id": list(c)}, "idempotency_key": k})
            )
            for c, k in zip(self.chunks, self.keys, strict=True)
        ]

    def assemble(self, answers: list[Answer]) -> BulkSendResult:
        outcomes = (
            ChunkOutcome(index=i, ids=ids, idempotency_key=key, result=result, error=error)
            for i, (ids, key, (result, error)) in enumerate(
                zip(self.chunks, self.keys, answers, strict=True)
            )
        )
        return BulkSendResult(tuple(outcomes), self.base_key)


class TagsPlan(Plan[BulkResult[TagOutcome]]):
    op = BY_NAME["update_user"]

    def __init__(
        self,
        tags_by_external_id: Mapping[str, Mapping[str, str]],
        *,
        app_id: str | None,
        alias_label: str,
        concurrency: int,
    ) -> None:
        self.concurrency = _check_count("concurrency", concurrency)
        if not isinstance(alias_label, str) or not alias_label.strip():
            raise ValidationError("update_tags_bulk: alias_label is empty", field="alias_label")
        self.items = _tag_items(tags_by_external_id)
        self.calls = [
            Call((app_id, alias_label, alias_id, {"properties": {"tags": tags}}))
            for alias_id, tags in self.items
        ]

    def assemble(self, answers: list[Answer]) -> BulkResult[TagOutcome]:
        outcomes = (
            TagOutcome(alias_id=alias_id, tags=tags, result=result, error=error)
            for (alias_id, tags), (result, error) in zip(self.items, answers, strict=True)
        )
        return BulkResult(tuple(outcomes))


def chunk_key(base: str, index: int) -> str:
    """The idempotency key of chunk `index`: a UUID derived from the base key, so a repeated send
    with the same base key repeats every chunk's key."""
    try:
        namespace = uuid.UUID(base)
    except ValueError:
        namespace = uuid.uuid5(_KEY_NAMESPACE, base)
    return str(uuid.uuid5(namespace, str(index)))


def _check_count(name: str, value: Any, *, most: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(f"{name} must be a whole number of 1 or more", field=name)
    if most is not None and value > most:
        raise ValidationError(
            f"{name} must be at most {most:,}: OneSignal takes no more per request", field=name
        )
    return value


def _external_ids(given: Iterable[str]) -> list[str]:
    """The ids as a list, each once (a repeat would get the message twice from two chunks)."""
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise ValidationError("external_ids must be a list of strings", field="external_ids")
    ids = list(dict.fromkeys(given))
    for i, one in enumerate(ids):
        if not isinstance(one, str) or not one.strip():
            raise ValidationError(
                f"external_ids: item {i} is {one!r}, not a non-empty string", field="external_ids"
            )
    if not ids:
        raise ValidationError("external_ids is empty", field="external_ids")
    return ids


def _tag_items(given: Mapping[str, Mapping[str, str]]) -> list[tuple[str, dict[str, str]]]:
    name = "tags_by_external_id"
    if not isinstance(given, Mapping):
        raise ValidationError(f"{name} must be a mapping of id -> tags", field=name)
    if not given:
        raise ValidationError(f"{name} is empty", field=name)
    items = []
    for alias_id, tags in given.items():
        if not isinstance(alias_id, str) or not alias_id.strip():
            raise ValidationError(f"{name}: {alias_id!r} is not a non-empty string", field=name)
        if not isinstance(tags, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in tags.items()
        ):
            raise ValidationError(
                f"{name}[{alias_id!r}] must map tag names to string values", field=name
            )
        items.append((alias_id, dict(tags)))
    return items


def _preflight(client: BaseClient[Any], plan: Plan[Any]) -> None:
    """Build the first request without sending it: a missing key or app id, or a bad body, is
    raised now rather than once per item. The other calls differ only in ids or tags."""
    first = plan.calls[0]
    client._prepare(plan.op, first.slots, first.named)


# -- the runners: only I/O ---------------------------------------------------------------------
