from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.get_notifications_kind import (
    GetNotificationsKind,
)
from ...models.notification_page import NotificationPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: UUID,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    kind: GetNotificationsKind | Unset = UNSET,
    time_offset: str | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_id = str(app_id)
    params["app_id"] = json_app_id

    params["limit"] = limit

    params["offset"] = offset

    json_kind: int | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    params["time_offset"] = time_offset

    json_template_id: str | Unset = UNSET
    if not isinstance(template_id, Unset):
        json_template_id = str(template_id)
    params["template_id"] = json_template_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | NotificationPage | None:
    if response.status_code == 200:
        response_200 = NotificationPage.from_dict(response.json())

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
) -> Response[ErrorBody | NotificationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    kind: GetNotificationsKind | Unset = UNSET,
    time_offset: str | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | NotificationPage]:
    """List messages

     Returns up to 50 messages of an app with their delivery statistics, newest first. Page either with
    `limit` and `offset`, or with `time_offset` (oldest first, starting at a timestamp, then following
    `next_time_offset`). Messages sent through the API or by automations are kept for 30 days; dashboard
    messages for the life of the app.

    Args:
        app_id (UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        kind (GetNotificationsKind | Unset):
        time_offset (str | Unset):
        template_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationPage]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        limit=limit,
        offset=offset,
        kind=kind,
        time_offset=time_offset,
        template_id=template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    kind: GetNotificationsKind | Unset = UNSET,
    time_offset: str | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> ErrorBody | NotificationPage | None:
    """List messages

     Returns up to 50 messages of an app with their delivery statistics, newest first. Page either with
    `limit` and `offset`, or with `time_offset` (oldest first, starting at a timestamp, then following
    `next_time_offset`). Messages sent through the API or by automations are kept for 30 days; dashboard
    messages for the life of the app.

    Args:
        app_id (UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        kind (GetNotificationsKind | Unset):
        time_offset (str | Unset):
        template_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationPage
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        limit=limit,
        offset=offset,
        kind=kind,
        time_offset=time_offset,
        template_id=template_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    kind: GetNotificationsKind | Unset = UNSET,
    time_offset: str | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | NotificationPage]:
    """List messages

     Returns up to 50 messages of an app with their delivery statistics, newest first. Page either with
    `limit` and `offset`, or with `time_offset` (oldest first, starting at a timestamp, then following
    `next_time_offset`). Messages sent through the API or by automations are kept for 30 days; dashboard
    messages for the life of the app.

    Args:
        app_id (UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        kind (GetNotificationsKind | Unset):
        time_offset (str | Unset):
        template_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationPage]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        limit=limit,
        offset=offset,
        kind=kind,
        time_offset=time_offset,
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    kind: GetNotificationsKind | Unset = UNSET,
    time_offset: str | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> ErrorBody | NotificationPage | None:
    """List messages

     Returns up to 50 messages of an app with their delivery statistics, newest first. Page either with
    `limit` and `offset`, or with `time_offset` (oldest first, starting at a timestamp, then following
    `next_time_offset`). Messages sent through the API or by automations are kept for 30 days; dashboard
    messages for the life of the app.

    Args:
        app_id (UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        kind (GetNotificationsKind | Unset):
        time_offset (str | Unset):
        template_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationPage
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            limit=limit,
            offset=offset,
            kind=kind,
            time_offset=time_offset,
            template_id=template_id,
        )
    ).parsed
