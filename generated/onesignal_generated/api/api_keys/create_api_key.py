from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_create_request import ApiKeyCreateRequest
from ...models.api_key_create_response import ApiKeyCreateResponse
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    *,
    body: ApiKeyCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/auth/tokens".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ApiKeyCreateResponse | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ApiKeyCreateResponse.from_dict(response.json())

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
) -> Response[ApiKeyCreateResponse | ErrorBody]:
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
    body: ApiKeyCreateRequest,
) -> Response[ApiKeyCreateResponse | ErrorBody]:
    """Create an API key

     Creates a new app API key (Rich Authentication Token). The answer carries the key itself in
    `formatted_token`, exactly once: OneSignal does not store it, so save it right away (a lost key can
    only be rotated). By default the key works from any IP address; set `ip_allowlist_mode` to
    `explicit` and list CIDR ranges in `ip_allowlist` to restrict it. Needs the organization API key.

    Args:
        app_id (UUID):
        body (ApiKeyCreateRequest): A new app API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyCreateResponse | ErrorBody]
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
    body: ApiKeyCreateRequest,
) -> ApiKeyCreateResponse | ErrorBody | None:
    """Create an API key

     Creates a new app API key (Rich Authentication Token). The answer carries the key itself in
    `formatted_token`, exactly once: OneSignal does not store it, so save it right away (a lost key can
    only be rotated). By default the key works from any IP address; set `ip_allowlist_mode` to
    `explicit` and list CIDR ranges in `ip_allowlist` to restrict it. Needs the organization API key.

    Args:
        app_id (UUID):
        body (ApiKeyCreateRequest): A new app API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyCreateResponse | ErrorBody
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
    body: ApiKeyCreateRequest,
) -> Response[ApiKeyCreateResponse | ErrorBody]:
    """Create an API key

     Creates a new app API key (Rich Authentication Token). The answer carries the key itself in
    `formatted_token`, exactly once: OneSignal does not store it, so save it right away (a lost key can
    only be rotated). By default the key works from any IP address; set `ip_allowlist_mode` to
    `explicit` and list CIDR ranges in `ip_allowlist` to restrict it. Needs the organization API key.

    Args:
        app_id (UUID):
        body (ApiKeyCreateRequest): A new app API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyCreateResponse | ErrorBody]
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
    body: ApiKeyCreateRequest,
) -> ApiKeyCreateResponse | ErrorBody | None:
    """Create an API key

     Creates a new app API key (Rich Authentication Token). The answer carries the key itself in
    `formatted_token`, exactly once: OneSignal does not store it, so save it right away (a lost key can
    only be rotated). By default the key works from any IP address; set `ip_allowlist_mode` to
    `explicit` and list CIDR ranges in `ip_allowlist` to restrict it. Needs the organization API key.

    Args:
        app_id (UUID):
        body (ApiKeyCreateRequest): A new app API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyCreateResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
