from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.subscription_accepted_response import SubscriptionAcceptedResponse
from ...models.subscription_update_request import SubscriptionUpdateRequest
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    subscription_id: UUID,
    *,
    body: SubscriptionUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/apps/{app_id}/subscriptions/{subscription_id}".format(
            app_id=quote(str(app_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | SubscriptionAcceptedResponse | None:
    if response.status_code == 202:
        response_202 = SubscriptionAcceptedResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

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
) -> Response[ErrorBody | SubscriptionAcceptedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SubscriptionUpdateRequest,
) -> Response[ErrorBody | SubscriptionAcceptedResponse]:
    """Update a subscription

     Changes the properties of one subscription found by its id, most often `enabled` to opt a
    subscription out or back in when you track consent outside the SDK. The subscription's `type` cannot
    be changed: delete it and create a new one instead. Applied asynchronously; the answer is an empty
    object.

    Args:
        app_id (UUID):
        subscription_id (UUID):
        body (SubscriptionUpdateRequest): Changes to one subscription found by its id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SubscriptionAcceptedResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        subscription_id=subscription_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SubscriptionUpdateRequest,
) -> ErrorBody | SubscriptionAcceptedResponse | None:
    """Update a subscription

     Changes the properties of one subscription found by its id, most often `enabled` to opt a
    subscription out or back in when you track consent outside the SDK. The subscription's `type` cannot
    be changed: delete it and create a new one instead. Applied asynchronously; the answer is an empty
    object.

    Args:
        app_id (UUID):
        subscription_id (UUID):
        body (SubscriptionUpdateRequest): Changes to one subscription found by its id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SubscriptionAcceptedResponse
    """

    return sync_detailed(
        app_id=app_id,
        subscription_id=subscription_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SubscriptionUpdateRequest,
) -> Response[ErrorBody | SubscriptionAcceptedResponse]:
    """Update a subscription

     Changes the properties of one subscription found by its id, most often `enabled` to opt a
    subscription out or back in when you track consent outside the SDK. The subscription's `type` cannot
    be changed: delete it and create a new one instead. Applied asynchronously; the answer is an empty
    object.

    Args:
        app_id (UUID):
        subscription_id (UUID):
        body (SubscriptionUpdateRequest): Changes to one subscription found by its id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SubscriptionAcceptedResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        subscription_id=subscription_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SubscriptionUpdateRequest,
) -> ErrorBody | SubscriptionAcceptedResponse | None:
    """Update a subscription

     Changes the properties of one subscription found by its id, most often `enabled` to opt a
    subscription out or back in when you track consent outside the SDK. The subscription's `type` cannot
    be changed: delete it and create a new one instead. Applied asynchronously; the answer is an empty
    object.

    Args:
        app_id (UUID):
        subscription_id (UUID):
        body (SubscriptionUpdateRequest): Changes to one subscription found by its id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SubscriptionAcceptedResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            subscription_id=subscription_id,
            client=client,
            body=body,
        )
    ).parsed
