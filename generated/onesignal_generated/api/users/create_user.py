from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.user import User
from ...models.user_create_request import UserCreateRequest
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    *,
    body: UserCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/users".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = User.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = User.from_dict(response.json())

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
) -> Response[ErrorBody | User]:
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
    body: UserCreateRequest,
) -> Response[ErrorBody | User]:
    """Create a user

     Creates a user from its aliases, properties and subscriptions, or, when an alias or a subscription
    in the body already belongs to a user, adds the new data to that user. At least one alias
    (preferably `external_id`) or one subscription must be sent. A user holds at most 20 subscriptions;
    a subscription whose `type` and `token` already exist in the app is moved to this user.

    Args:
        app_id (UUID):
        body (UserCreateRequest): A user to create, or data to add to an existing user. Send at
            least one alias in `identity` or one entry in `subscriptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | User]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserCreateRequest,
) -> ErrorBody | User | None:
    """Create a user

     Creates a user from its aliases, properties and subscriptions, or, when an alias or a subscription
    in the body already belongs to a user, adds the new data to that user. At least one alias
    (preferably `external_id`) or one subscription must be sent. A user holds at most 20 subscriptions;
    a subscription whose `type` and `token` already exist in the app is moved to this user.

    Args:
        app_id (UUID):
        body (UserCreateRequest): A user to create, or data to add to an existing user. Send at
            least one alias in `identity` or one entry in `subscriptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | User
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserCreateRequest,
) -> Response[ErrorBody | User]:
    """Create a user

     Creates a user from its aliases, properties and subscriptions, or, when an alias or a subscription
    in the body already belongs to a user, adds the new data to that user. At least one alias
    (preferably `external_id`) or one subscription must be sent. A user holds at most 20 subscriptions;
    a subscription whose `type` and `token` already exist in the app is moved to this user.

    Args:
        app_id (UUID):
        body (UserCreateRequest): A user to create, or data to add to an existing user. Send at
            least one alias in `identity` or one entry in `subscriptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | User]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UserCreateRequest,
) -> ErrorBody | User | None:
    """Create a user

     Creates a user from its aliases, properties and subscriptions, or, when an alias or a subscription
    in the body already belongs to a user, adds the new data to that user. At least one alias
    (preferably `external_id`) or one subscription must be sent. A user holds at most 20 subscriptions;
    a subscription whose `type` and `token` already exist in the app is moved to this user.

    Args:
        app_id (UUID):
        body (UserCreateRequest): A user to create, or data to add to an existing user. Send at
            least one alias in `identity` or one entry in `subscriptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | User
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
