from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.export_events_result import ExportEventsResult
from ...types import UNSET, Response


def _get_kwargs(
    notification_id: UUID,
    *,
    app_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_id = str(app_id)
    params["app_id"] = json_app_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications/{notification_id}/export_events".format(
            notification_id=quote(str(notification_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | ExportEventsResult | None:
    if response.status_code == 200:
        response_200 = ExportEventsResult.from_dict(response.json())

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
) -> Response[ErrorBody | ExportEventsResult]:
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
    app_id: UUID,
) -> Response[ErrorBody | ExportEventsResult]:
    """Export a message's audience activity

     Starts a gzip-compressed CSV of per-recipient events of one message (sent, delivered, clicked,
    failed, unsubscribed), like the dashboard's Audience Activity export. The file URL answers 404 until
    the file is ready (about 2,000 rows a second) and stays valid for 3 days. Only one export per
    account runs at a time.

    Args:
        notification_id (UUID):
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ExportEventsResult]
    """

    kwargs = _get_kwargs(
        notification_id=notification_id,
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
) -> ErrorBody | ExportEventsResult | None:
    """Export a message's audience activity

     Starts a gzip-compressed CSV of per-recipient events of one message (sent, delivered, clicked,
    failed, unsubscribed), like the dashboard's Audience Activity export. The file URL answers 404 until
    the file is ready (about 2,000 rows a second) and stays valid for 3 days. Only one export per
    account runs at a time.

    Args:
        notification_id (UUID):
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ExportEventsResult
    """

    return sync_detailed(
        notification_id=notification_id,
        client=client,
        app_id=app_id,
    ).parsed


async def asyncio_detailed(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
) -> Response[ErrorBody | ExportEventsResult]:
    """Export a message's audience activity

     Starts a gzip-compressed CSV of per-recipient events of one message (sent, delivered, clicked,
    failed, unsubscribed), like the dashboard's Audience Activity export. The file URL answers 404 until
    the file is ready (about 2,000 rows a second) and stays valid for 3 days. Only one export per
    account runs at a time.

    Args:
        notification_id (UUID):
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ExportEventsResult]
    """

    kwargs = _get_kwargs(
        notification_id=notification_id,
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
) -> ErrorBody | ExportEventsResult | None:
    """Export a message's audience activity

     Starts a gzip-compressed CSV of per-recipient events of one message (sent, delivered, clicked,
    failed, unsubscribed), like the dashboard's Audience Activity export. The file URL answers 404 until
    the file is ready (about 2,000 rows a second) and stays valid for 3 days. Only one export per
    account runs at a time.

    Args:
        notification_id (UUID):
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ExportEventsResult
    """

    return (
        await asyncio_detailed(
            notification_id=notification_id,
            client=client,
            app_id=app_id,
        )
    ).parsed
