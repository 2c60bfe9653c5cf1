from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.template_delete_response import TemplateDeleteResponse
from ...types import UNSET, Response


def _get_kwargs(
    template_id: UUID,
    *,
    app_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_id = str(app_id)
    params["app_id"] = json_app_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | TemplateDeleteResponse | None:
    if response.status_code == 200:
        response_200 = TemplateDeleteResponse.from_dict(response.json())

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
) -> Response[ErrorBody | TemplateDeleteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
) -> Response[ErrorBody | TemplateDeleteResponse]:
    """Delete a template

     Deletes a template for good. A template still used by a journey cannot be deleted until that journey
    is gone.

    Args:
        template_id (UUID):
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TemplateDeleteResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
) -> ErrorBody | TemplateDeleteResponse | None:
    """Delete a template

     Deletes a template for good. A template still used by a journey cannot be deleted until that journey
    is gone.

    Args:
        template_id (UUID):
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TemplateDeleteResponse
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        app_id=app_id,
    ).parsed


async def asyncio_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
) -> Response[ErrorBody | TemplateDeleteResponse]:
    """Delete a template

     Deletes a template for good. A template still used by a journey cannot be deleted until that journey
    is gone.

    Args:
        template_id (UUID):
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TemplateDeleteResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
) -> ErrorBody | TemplateDeleteResponse | None:
    """Delete a template

     Deletes a template for good. A template still used by a journey cannot be deleted until that journey
    is gone.

    Args:
        template_id (UUID):
        app_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TemplateDeleteResponse
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            app_id=app_id,
        )
    ).parsed
