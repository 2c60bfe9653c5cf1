from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.journey_delete_response import JourneyDeleteResponse
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    journey_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/apps/{app_id}/journeys/{journey_id}".format(
            app_id=quote(str(app_id), safe=""),
            journey_id=quote(str(journey_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Any | ErrorBody | JourneyDeleteResponse | None:
    if response.status_code == 200:
        response_200 = JourneyDeleteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorBody | JourneyDeleteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    journey_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorBody | JourneyDeleteResponse]:
    """Delete a journey

     Deletes a journey from the app. To stop a running journey while keeping its history, use Update
    journey with `state: archived` instead.

    Args:
        app_id (UUID):
        journey_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | JourneyDeleteResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        journey_id=journey_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    journey_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorBody | JourneyDeleteResponse | None:
    """Delete a journey

     Deletes a journey from the app. To stop a running journey while keeping its history, use Update
    journey with `state: archived` instead.

    Args:
        app_id (UUID):
        journey_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | JourneyDeleteResponse
    """

    return sync_detailed(
        app_id=app_id,
        journey_id=journey_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    journey_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorBody | JourneyDeleteResponse]:
    """Delete a journey

     Deletes a journey from the app. To stop a running journey while keeping its history, use Update
    journey with `state: archived` instead.

    Args:
        app_id (UUID):
        journey_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | JourneyDeleteResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        journey_id=journey_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    journey_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorBody | JourneyDeleteResponse | None:
    """Delete a journey

     Deletes a journey from the app. To stop a running journey while keeping its history, use Update
    journey with `state: archived` instead.

    Args:
        app_id (UUID):
        journey_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | JourneyDeleteResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            journey_id=journey_id,
            client=client,
        )
    ).parsed
