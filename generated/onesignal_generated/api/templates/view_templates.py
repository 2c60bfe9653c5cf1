from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.template_list_response import TemplateListResponse
from ...models.view_templates_channel import (
    ViewTemplatesChannel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: UUID,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    channel: ViewTemplatesChannel | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_id = str(app_id)
    params["app_id"] = json_app_id

    params["limit"] = limit

    params["offset"] = offset

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel

    params["channel"] = json_channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | TemplateListResponse | None:
    if response.status_code == 200:
        response_200 = TemplateListResponse.from_dict(response.json())

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
) -> Response[ErrorBody | TemplateListResponse]:
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
    channel: ViewTemplatesChannel | Unset = UNSET,
) -> Response[ErrorBody | TemplateListResponse]:
    """List templates

     Lists an app's templates, up to 50 at a time, as summaries (id, name and timestamps, no message
    content; fetch one template for that). Page through with `offset`, and narrow to one channel with
    `channel`.

    Args:
        app_id (UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        channel (ViewTemplatesChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TemplateListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        limit=limit,
        offset=offset,
        channel=channel,
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
    channel: ViewTemplatesChannel | Unset = UNSET,
) -> ErrorBody | TemplateListResponse | None:
    """List templates

     Lists an app's templates, up to 50 at a time, as summaries (id, name and timestamps, no message
    content; fetch one template for that). Page through with `offset`, and narrow to one channel with
    `channel`.

    Args:
        app_id (UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        channel (ViewTemplatesChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TemplateListResponse
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        limit=limit,
        offset=offset,
        channel=channel,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    channel: ViewTemplatesChannel | Unset = UNSET,
) -> Response[ErrorBody | TemplateListResponse]:
    """List templates

     Lists an app's templates, up to 50 at a time, as summaries (id, name and timestamps, no message
    content; fetch one template for that). Page through with `offset`, and narrow to one channel with
    `channel`.

    Args:
        app_id (UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        channel (ViewTemplatesChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TemplateListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        limit=limit,
        offset=offset,
        channel=channel,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    channel: ViewTemplatesChannel | Unset = UNSET,
) -> ErrorBody | TemplateListResponse | None:
    """List templates

     Lists an app's templates, up to 50 at a time, as summaries (id, name and timestamps, no message
    content; fetch one template for that). Page through with `offset`, and narrow to one channel with
    `channel`.

    Args:
        app_id (UUID):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        channel (ViewTemplatesChannel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TemplateListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            limit=limit,
            offset=offset,
            channel=channel,
        )
    ).parsed
