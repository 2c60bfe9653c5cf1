from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.journey import Journey
from ...models.journey_duplicate_request import JourneyDuplicateRequest
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    journey_id: UUID,
    *,
    body: JourneyDuplicateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/journeys/{journey_id}/duplicate".format(
            app_id=quote(str(app_id), safe=""),
            journey_id=quote(str(journey_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | Journey | None:
    if response.status_code == 200:
        response_200 = Journey.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Journey.from_dict(response.json())

        return response_201

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
) -> Response[ErrorBody | Journey]:
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
    body: JourneyDuplicateRequest,
) -> Response[ErrorBody | Journey]:
    """Duplicate a journey

     Copies a journey into a new draft journey in the same app. The body is optional in practice (send
    `{}` for a plain copy); any field under `overrides` is merged into the copy as a JSON Merge Patch,
    so you can rename it or swap its audience in the same call. The copy starts unscheduled and gets
    fresh node and branch ids.

    Args:
        app_id (UUID):
        journey_id (UUID):
        body (JourneyDuplicateRequest): The body of Duplicate journey. Only `overrides` is read;
            send `{}` for a plain copy.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Journey]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        journey_id=journey_id,
        body=body,
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
    body: JourneyDuplicateRequest,
) -> ErrorBody | Journey | None:
    """Duplicate a journey

     Copies a journey into a new draft journey in the same app. The body is optional in practice (send
    `{}` for a plain copy); any field under `overrides` is merged into the copy as a JSON Merge Patch,
    so you can rename it or swap its audience in the same call. The copy starts unscheduled and gets
    fresh node and branch ids.

    Args:
        app_id (UUID):
        journey_id (UUID):
        body (JourneyDuplicateRequest): The body of Duplicate journey. Only `overrides` is read;
            send `{}` for a plain copy.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Journey
    """

    return sync_detailed(
        app_id=app_id,
        journey_id=journey_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    journey_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JourneyDuplicateRequest,
) -> Response[ErrorBody | Journey]:
    """Duplicate a journey

     Copies a journey into a new draft journey in the same app. The body is optional in practice (send
    `{}` for a plain copy); any field under `overrides` is merged into the copy as a JSON Merge Patch,
    so you can rename it or swap its audience in the same call. The copy starts unscheduled and gets
    fresh node and branch ids.

    Args:
        app_id (UUID):
        journey_id (UUID):
        body (JourneyDuplicateRequest): The body of Duplicate journey. Only `overrides` is read;
            send `{}` for a plain copy.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Journey]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        journey_id=journey_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    journey_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JourneyDuplicateRequest,
) -> ErrorBody | Journey | None:
    """Duplicate a journey

     Copies a journey into a new draft journey in the same app. The body is optional in practice (send
    `{}` for a plain copy); any field under `overrides` is merged into the copy as a JSON Merge Patch,
    so you can rename it or swap its audience in the same call. The copy starts unscheduled and gets
    fresh node and branch ids.

    Args:
        app_id (UUID):
        journey_id (UUID):
        body (JourneyDuplicateRequest): The body of Duplicate journey. Only `overrides` is read;
            send `{}` for a plain copy.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Journey
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            journey_id=journey_id,
            client=client,
            body=body,
        )
    ).parsed
