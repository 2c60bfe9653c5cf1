from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.subscription_create_request import SubscriptionCreateRequest
from ...models.subscription_response import SubscriptionResponse
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    body: SubscriptionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/users/by/{alias_label}/{alias_id}/subscriptions".format(
            app_id=quote(str(app_id), safe=""),
            alias_label=quote(str(alias_label), safe=""),
            alias_id=quote(str(alias_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | SubscriptionResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SubscriptionResponse.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = SubscriptionResponse.from_dict(response.json())

        return response_202

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
) -> Response[ErrorBody | SubscriptionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionCreateRequest,
) -> Response[ErrorBody | SubscriptionResponse]:
    """Add a subscription to a user

     Adds one push, email or SMS subscription to a user found by one of its aliases. `type` is required
    and `token` should be sent: an email address for `Email`, an E.164 phone number for `SMS`, the push
    token for the push types. A subscription is identified by its `type` and `token`; if that pair
    already exists in the app the subscription is moved to this user instead of being created.

    Args:
        app_id (UUID):
        alias_label (str):
        alias_id (str):
        body (SubscriptionCreateRequest): The subscription to add to a user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SubscriptionResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        alias_label=alias_label,
        alias_id=alias_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionCreateRequest,
) -> ErrorBody | SubscriptionResponse | None:
    """Add a subscription to a user

     Adds one push, email or SMS subscription to a user found by one of its aliases. `type` is required
    and `token` should be sent: an email address for `Email`, an E.164 phone number for `SMS`, the push
    token for the push types. A subscription is identified by its `type` and `token`; if that pair
    already exists in the app the subscription is moved to this user instead of being created.

    Args:
        app_id (UUID):
        alias_label (str):
        alias_id (str):
        body (SubscriptionCreateRequest): The subscription to add to a user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SubscriptionResponse
    """

    return sync_detailed(
        app_id=app_id,
        alias_label=alias_label,
        alias_id=alias_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionCreateRequest,
) -> Response[ErrorBody | SubscriptionResponse]:
    """Add a subscription to a user

     Adds one push, email or SMS subscription to a user found by one of its aliases. `type` is required
    and `token` should be sent: an email address for `Email`, an E.164 phone number for `SMS`, the push
    token for the push types. A subscription is identified by its `type` and `token`; if that pair
    already exists in the app the subscription is moved to this user instead of being created.

    Args:
        app_id (UUID):
        alias_label (str):
        alias_id (str):
        body (SubscriptionCreateRequest): The subscription to add to a user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SubscriptionResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        alias_label=alias_label,
        alias_id=alias_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionCreateRequest,
) -> ErrorBody | SubscriptionResponse | None:
    """Add a subscription to a user

     Adds one push, email or SMS subscription to a user found by one of its aliases. `type` is required
    and `token` should be sent: an email address for `Email`, an E.164 phone number for `SMS`, the push
    token for the push types. A subscription is identified by its `type` and `token`; if that pair
    already exists in the app the subscription is moved to this user instead of being created.

    Args:
        app_id (UUID):
        alias_label (str):
        alias_id (str):
        body (SubscriptionCreateRequest): The subscription to add to a user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SubscriptionResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            alias_label=alias_label,
            alias_id=alias_id,
            client=client,
            body=body,
        )
    ).parsed
