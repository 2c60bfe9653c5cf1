from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.journey_list_response import JourneyListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps/{app_id}/journeys".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | JourneyListResponse | None:
    if response.status_code == 200:
        response_200 = JourneyListResponse.from_dict(response.json())

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
) -> Response[ErrorBody | JourneyListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorBody | JourneyListResponse]:
    """View journeys

     Lists the app's journeys, newest first, in a summary form (no description, nodes, early exit or
    concurrency key; fetch View journey for those). Paging is forward-only: leave out `cursor` on the
    first call, then pass back each answer's `next_cursor` unchanged while `has_more` is true.

    Args:
        app_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | JourneyListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorBody | JourneyListResponse | None:
    """View journeys

     Lists the app's journeys, newest first, in a summary form (no description, nodes, early exit or
    concurrency key; fetch View journey for those). Paging is forward-only: leave out `cursor` on the
    first call, then pass back each answer's `next_cursor` unchanged while `has_more` is true.

    Args:
        app_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | JourneyListResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorBody | JourneyListResponse]:
    """View journeys

     Lists the app's journeys, newest first, in a summary form (no description, nodes, early exit or
    concurrency key; fetch View journey for those). Paging is forward-only: leave out `cursor` on the
    first call, then pass back each answer's `next_cursor` unchanged while `has_more` is true.

    Args:
        app_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | JourneyListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorBody | JourneyListResponse | None:
    """View journeys

     Lists the app's journeys, newest first, in a summary form (no description, nodes, early exit or
    concurrency key; fetch View journey for those). Paging is forward-only: leave out `cursor` on the
    first call, then pass back each answer's `next_cursor` unchanged while `has_more` is true.

    Args:
        app_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | JourneyListResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
