from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.notification import Notification
from ...models.notification_create_result import NotificationCreateResult
from ...types import Response


def _get_kwargs(
    *,
    body: Notification,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | NotificationCreateResult | None:
    if response.status_code == 200:
        response_200 = NotificationCreateResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorBody.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorBody | NotificationCreateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Notification,
) -> Response[ErrorBody | NotificationCreateResult]:
    """Send a message

     Creates a push, email or SMS message and queues it for delivery (now or at `send_after`). Pick one
    way to choose recipients: segments (`included_segments` / `excluded_segments`), `filters`, or
    explicit users and subscriptions (`include_aliases` with `target_channel`,
    `include_subscription_ids`). A 200 answer does not always mean something was sent: when no recipient
    could be reached, `id` is an empty string and `errors` says why. Send an `idempotency_key` so that
    retrying after a timeout cannot deliver the message twice.

    Args:
        body (Notification): A message to send over push, email or SMS. Choose recipients with
            exactly one targeting method: segments, filters, or users and subscriptions. Fields for
            channels the message does not use are ignored. Its settings are those of
            `NotificationFields`, which a message read back has too; the fields here are the ones sent
            in another form than they are read (objects and lists of objects, which may be read back
            as null).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Notification,
) -> ErrorBody | NotificationCreateResult | None:
    """Send a message

     Creates a push, email or SMS message and queues it for delivery (now or at `send_after`). Pick one
    way to choose recipients: segments (`included_segments` / `excluded_segments`), `filters`, or
    explicit users and subscriptions (`include_aliases` with `target_channel`,
    `include_subscription_ids`). A 200 answer does not always mean something was sent: when no recipient
    could be reached, `id` is an empty string and `errors` says why. Send an `idempotency_key` so that
    retrying after a timeout cannot deliver the message twice.

    Args:
        body (Notification): A message to send over push, email or SMS. Choose recipients with
            exactly one targeting method: segments, filters, or users and subscriptions. Fields for
            channels the message does not use are ignored. Its settings are those of
            `NotificationFields`, which a message read back has too; the fields here are the ones sent
            in another form than they are read (objects and lists of objects, which may be read back
            as null).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationCreateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Notification,
) -> Response[ErrorBody | NotificationCreateResult]:
    """Send a message

     Creates a push, email or SMS message and queues it for delivery (now or at `send_after`). Pick one
    way to choose recipients: segments (`included_segments` / `excluded_segments`), `filters`, or
    explicit users and subscriptions (`include_aliases` with `target_channel`,
    `include_subscription_ids`). A 200 answer does not always mean something was sent: when no recipient
    could be reached, `id` is an empty string and `errors` says why. Send an `idempotency_key` so that
    retrying after a timeout cannot deliver the message twice.

    Args:
        body (Notification): A message to send over push, email or SMS. Choose recipients with
            exactly one targeting method: segments, filters, or users and subscriptions. Fields for
            channels the message does not use are ignored. Its settings are those of
            `NotificationFields`, which a message read back has too; the fields here are the ones sent
            in another form than they are read (objects and lists of objects, which may be read back
            as null).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationCreateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Notification,
) -> ErrorBody | NotificationCreateResult | None:
    """Send a message

     Creates a push, email or SMS message and queues it for delivery (now or at `send_after`). Pick one
    way to choose recipients: segments (`included_segments` / `excluded_segments`), `filters`, or
    explicit users and subscriptions (`include_aliases` with `target_channel`,
    `include_subscription_ids`). A 200 answer does not always mean something was sent: when no recipient
    could be reached, `id` is an empty string and `errors` says why. Send an `idempotency_key` so that
    retrying after a timeout cannot deliver the message twice.

    Args:
        body (Notification): A message to send over push, email or SMS. Choose recipients with
            exactly one targeting method: segments, filters, or users and subscriptions. Fields for
            channels the message does not use are ignored. Its settings are those of
            `NotificationFields`, which a message read back has too; the fields here are the ones sent
            in another form than they are read (objects and lists of objects, which may be read back
            as null).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationCreateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
