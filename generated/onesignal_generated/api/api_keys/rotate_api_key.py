from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_rotate_response import ApiKeyRotateResponse
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    token_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/auth/tokens/{token_id}/rotate".format(
            app_id=quote(str(app_id), safe=""),
            token_id=quote(str(token_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ApiKeyRotateResponse | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ApiKeyRotateResponse.from_dict(response.json())

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
) -> Response[ApiKeyRotateResponse | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    token_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiKeyRotateResponse | ErrorBody]:
    """Rotate an API key

     Replaces an API key's secret with a new one, keeping its id, name and IP allowlist. The old secret
    stops working at once. The new secret is in `formatted_token` and is shown only this once. Use it
    when a key leaked or was lost. Needs the organization API key.

    Args:
        app_id (UUID):
        token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyRotateResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        token_id=token_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    token_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiKeyRotateResponse | ErrorBody | None:
    """Rotate an API key

     Replaces an API key's secret with a new one, keeping its id, name and IP allowlist. The old secret
    stops working at once. The new secret is in `formatted_token` and is shown only this once. Use it
    when a key leaked or was lost. Needs the organization API key.

    Args:
        app_id (UUID):
        token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyRotateResponse | ErrorBody
    """

    return sync_detailed(
        app_id=app_id,
        token_id=token_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    token_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiKeyRotateResponse | ErrorBody]:
    """Rotate an API key

     Replaces an API key's secret with a new one, keeping its id, name and IP allowlist. The old secret
    stops working at once. The new secret is in `formatted_token` and is shown only this once. Use it
    when a key leaked or was lost. Needs the organization API key.

    Args:
        app_id (UUID):
        token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyRotateResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        token_id=token_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    token_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiKeyRotateResponse | ErrorBody | None:
    """Rotate an API key

     Replaces an API key's secret with a new one, keeping its id, name and IP allowlist. The old secret
    stops working at once. The new secret is in `formatted_token` and is shown only this once. Use it
    when a key leaked or was lost. Needs the organization API key.

    Args:
        app_id (UUID):
        token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyRotateResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            token_id=token_id,
            client=client,
        )
    ).parsed
