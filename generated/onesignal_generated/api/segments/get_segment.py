from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.segment_detail_response import SegmentDetailResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    segment_id: UUID,
    *,
    include_segment_detail: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include-segment-detail"] = include_segment_detail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps/{app_id}/segments/{segment_id}".format(
            app_id=quote(str(app_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | SegmentDetailResponse | None:
    if response.status_code == 200:
        response_200 = SegmentDetailResponse.from_dict(response.json())

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
) -> Response[ErrorBody | SegmentDetailResponse]:
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
    include_segment_detail: bool | Unset = UNSET,
) -> Response[ErrorBody | SegmentDetailResponse]:
    """View a segment

     Returns how many subscriptions a segment currently holds. With `include-segment-detail=true` it also
    returns the segment's name, source and filters, in the same format `create_segment` and
    `update_segment` accept. Segments built on message or custom events cannot be read this way and
    answer 400.

    Args:
        app_id (UUID):
        segment_id (UUID):
        include_segment_detail (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SegmentDetailResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        segment_id=segment_id,
        include_segment_detail=include_segment_detail,
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
    include_segment_detail: bool | Unset = UNSET,
) -> ErrorBody | SegmentDetailResponse | None:
    """View a segment

     Returns how many subscriptions a segment currently holds. With `include-segment-detail=true` it also
    returns the segment's name, source and filters, in the same format `create_segment` and
    `update_segment` accept. Segments built on message or custom events cannot be read this way and
    answer 400.

    Args:
        app_id (UUID):
        segment_id (UUID):
        include_segment_detail (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SegmentDetailResponse
    """

    return sync_detailed(
        app_id=app_id,
        segment_id=segment_id,
        client=client,
        include_segment_detail=include_segment_detail,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    segment_id: UUID,
    *,
    client: AuthenticatedClient,
    include_segment_detail: bool | Unset = UNSET,
) -> Response[ErrorBody | SegmentDetailResponse]:
    """View a segment

     Returns how many subscriptions a segment currently holds. With `include-segment-detail=true` it also
    returns the segment's name, source and filters, in the same format `create_segment` and
    `update_segment` accept. Segments built on message or custom events cannot be read this way and
    answer 400.

    Args:
        app_id (UUID):
        segment_id (UUID):
        include_segment_detail (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SegmentDetailResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        segment_id=segment_id,
        include_segment_detail=include_segment_detail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    segment_id: UUID,
    *,
    client: AuthenticatedClient,
    include_segment_detail: bool | Unset = UNSET,
) -> ErrorBody | SegmentDetailResponse | None:
    """View a segment

     Returns how many subscriptions a segment currently holds. With `include-segment-detail=true` it also
    returns the segment's name, source and filters, in the same format `create_segment` and
    `update_segment` accept. Segments built on message or custom events cannot be read this way and
    answer 400.

    Args:
        app_id (UUID):
        segment_id (UUID):
        include_segment_detail (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SegmentDetailResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            segment_id=segment_id,
            client=client,
            include_segment_detail=include_segment_detail,
        )
    ).parsed
