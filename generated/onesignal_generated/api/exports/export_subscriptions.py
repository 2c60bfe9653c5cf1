from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.export_subscriptions_request import ExportSubscriptionsRequest
from ...models.export_subscriptions_result import ExportSubscriptionsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ExportSubscriptionsRequest,
    app_id: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_app_id = str(app_id)
    params["app_id"] = json_app_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/players/csv_export",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | ExportSubscriptionsResult | None:
    if response.status_code == 200:
        response_200 = ExportSubscriptionsResult.from_dict(response.json())

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
) -> Response[ErrorBody | ExportSubscriptionsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportSubscriptionsRequest,
    app_id: UUID,
) -> Response[ErrorBody | ExportSubscriptionsResult]:
    """Export subscriptions as CSV

     Starts a gzip-compressed CSV of the app's subscriptions, optionally only one segment or only those
    active since a moment, with extra columns on request. The file URL answers 404 until the file is
    ready (about 2,000 rows a second) and stays valid for 3 days. Only one export per account runs at a
    time.

    Args:
        app_id (UUID):
        body (ExportSubscriptionsRequest): Which subscriptions to export and which extra columns
            to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ExportSubscriptionsResult]
    """

    kwargs = _get_kwargs(
        body=body,
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ExportSubscriptionsRequest,
    app_id: UUID,
) -> ErrorBody | ExportSubscriptionsResult | None:
    """Export subscriptions as CSV

     Starts a gzip-compressed CSV of the app's subscriptions, optionally only one segment or only those
    active since a moment, with extra columns on request. The file URL answers 404 until the file is
    ready (about 2,000 rows a second) and stays valid for 3 days. Only one export per account runs at a
    time.

    Args:
        app_id (UUID):
        body (ExportSubscriptionsRequest): Which subscriptions to export and which extra columns
            to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ExportSubscriptionsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        app_id=app_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportSubscriptionsRequest,
    app_id: UUID,
) -> Response[ErrorBody | ExportSubscriptionsResult]:
    """Export subscriptions as CSV

     Starts a gzip-compressed CSV of the app's subscriptions, optionally only one segment or only those
    active since a moment, with extra columns on request. The file URL answers 404 until the file is
    ready (about 2,000 rows a second) and stays valid for 3 days. Only one export per account runs at a
    time.

    Args:
        app_id (UUID):
        body (ExportSubscriptionsRequest): Which subscriptions to export and which extra columns
            to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ExportSubscriptionsResult]
    """

    kwargs = _get_kwargs(
        body=body,
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportSubscriptionsRequest,
    app_id: UUID,
) -> ErrorBody | ExportSubscriptionsResult | None:
    """Export subscriptions as CSV

     Starts a gzip-compressed CSV of the app's subscriptions, optionally only one segment or only those
    active since a moment, with extra columns on request. The file URL answers 404 until the file is
    ready (about 2,000 rows a second) and stays valid for 3 days. Only one export per account runs at a
    time.

    Args:
        app_id (UUID):
        body (ExportSubscriptionsRequest): Which subscriptions to export and which extra columns
            to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ExportSubscriptionsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            app_id=app_id,
        )
    ).parsed
