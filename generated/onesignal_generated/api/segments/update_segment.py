from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.segment_save_response import SegmentSaveResponse
from ...models.segment_update_request import SegmentUpdateRequest
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    segment_id: UUID,
    *,
    body: SegmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/apps/{app_id}/segments/{segment_id}".format(
            app_id=quote(str(app_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | SegmentSaveResponse | None:
    if response.status_code == 200:
        response_200 = SegmentSaveResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

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
) -> Response[ErrorBody | SegmentSaveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    segment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SegmentUpdateRequest,
) -> Response[ErrorBody | SegmentSaveResponse]:
    """Update a segment

     Renames a segment, changes its description, or replaces its filters. `name` must always be sent,
    even when it stays the same. Sending `filters` replaces every existing filter (the list cannot be
    empty); leaving it out keeps them. An empty `description` clears it. A segment used by an active
    Journey cannot be changed here.

    Args:
        app_id (UUID):
        segment_id (UUID):
        body (SegmentUpdateRequest): Changes to a segment. `name` is always required; `filters`,
            when given, replaces all existing filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SegmentSaveResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        segment_id=segment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    segment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SegmentUpdateRequest,
) -> ErrorBody | SegmentSaveResponse | None:
    """Update a segment

     Renames a segment, changes its description, or replaces its filters. `name` must always be sent,
    even when it stays the same. Sending `filters` replaces every existing filter (the list cannot be
    empty); leaving it out keeps them. An empty `description` clears it. A segment used by an active
    Journey cannot be changed here.

    Args:
        app_id (UUID):
        segment_id (UUID):
        body (SegmentUpdateRequest): Changes to a segment. `name` is always required; `filters`,
            when given, replaces all existing filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SegmentSaveResponse
    """

    return sync_detailed(
        app_id=app_id,
        segment_id=segment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    segment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SegmentUpdateRequest,
) -> Response[ErrorBody | SegmentSaveResponse]:
    """Update a segment

     Renames a segment, changes its description, or replaces its filters. `name` must always be sent,
    even when it stays the same. Sending `filters` replaces every existing filter (the list cannot be
    empty); leaving it out keeps them. An empty `description` clears it. A segment used by an active
    Journey cannot be changed here.

    Args:
        app_id (UUID):
        segment_id (UUID):
        body (SegmentUpdateRequest): Changes to a segment. `name` is always required; `filters`,
            when given, replaces all existing filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SegmentSaveResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        segment_id=segment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    segment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SegmentUpdateRequest,
) -> ErrorBody | SegmentSaveResponse | None:
    """Update a segment

     Renames a segment, changes its description, or replaces its filters. `name` must always be sent,
    even when it stays the same. Sending `filters` replaces every existing filter (the list cannot be
    empty); leaving it out keeps them. An empty `description` clears it. A segment used by an active
    Journey cannot be changed here.

    Args:
        app_id (UUID):
        segment_id (UUID):
        body (SegmentUpdateRequest): Changes to a segment. `name` is always required; `filters`,
            when given, replaces all existing filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SegmentSaveResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            segment_id=segment_id,
            client=client,
            body=body,
        )
    ).parsed
