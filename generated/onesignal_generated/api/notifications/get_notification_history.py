from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.notification_history_request import NotificationHistoryRequest
from ...models.notification_history_result import NotificationHistoryResult
from ...types import Response


def _get_kwargs(
    notification_id: UUID,
    *,
    body: NotificationHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications/{notification_id}/history".format(
            notification_id=quote(str(notification_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | NotificationHistoryResult | None:
    if response.status_code == 200:
        response_200 = NotificationHistoryResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

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
) -> Response[ErrorBody | NotificationHistoryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    body: NotificationHistoryRequest,
) -> Response[ErrorBody | NotificationHistoryResult]:
    """Export who was sent or clicked a message

     Starts a CSV report of the subscriptions a push or email was sent to, or that clicked it. Poll
    `destination_url` until the file is there (usually one to three minutes; a 403 from the file URL
    means "not ready yet"), or give `email` to be mailed the link. Works only within 7 days of sending,
    on plans with "Send History via OneSignal API" enabled.

    Args:
        notification_id (UUID):
        body (NotificationHistoryRequest): Which recipients of a message to report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationHistoryResult]
    """

    kwargs = _get_kwargs(
        notification_id=notification_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    body: NotificationHistoryRequest,
) -> ErrorBody | NotificationHistoryResult | None:
    """Export who was sent or clicked a message

     Starts a CSV report of the subscriptions a push or email was sent to, or that clicked it. Poll
    `destination_url` until the file is there (usually one to three minutes; a 403 from the file URL
    means "not ready yet"), or give `email` to be mailed the link. Works only within 7 days of sending,
    on plans with "Send History via OneSignal API" enabled.

    Args:
        notification_id (UUID):
        body (NotificationHistoryRequest): Which recipients of a message to report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationHistoryResult
    """

    return sync_detailed(
        notification_id=notification_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    body: NotificationHistoryRequest,
) -> Response[ErrorBody | NotificationHistoryResult]:
    """Export who was sent or clicked a message

     Starts a CSV report of the subscriptions a push or email was sent to, or that clicked it. Poll
    `destination_url` until the file is there (usually one to three minutes; a 403 from the file URL
    means "not ready yet"), or give `email` to be mailed the link. Works only within 7 days of sending,
    on plans with "Send History via OneSignal API" enabled.

    Args:
        notification_id (UUID):
        body (NotificationHistoryRequest): Which recipients of a message to report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationHistoryResult]
    """

    kwargs = _get_kwargs(
        notification_id=notification_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    body: NotificationHistoryRequest,
) -> ErrorBody | NotificationHistoryResult | None:
    """Export who was sent or clicked a message

     Starts a CSV report of the subscriptions a push or email was sent to, or that clicked it. Poll
    `destination_url` until the file is there (usually one to three minutes; a 403 from the file URL
    means "not ready yet"), or give `email` to be mailed the link. Works only within 7 days of sending,
    on plans with "Send History via OneSignal API" enabled.

    Args:
        notification_id (UUID):
        body (NotificationHistoryRequest): Which recipients of a message to report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationHistoryResult
    """

    return (
        await asyncio_detailed(
            notification_id=notification_id,
            client=client,
            body=body,
        )
    ).parsed
