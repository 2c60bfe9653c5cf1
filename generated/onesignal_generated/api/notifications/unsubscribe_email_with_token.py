from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.unsubscribe_email_result import UnsubscribeEmailResult
from ...types import UNSET, Response


def _get_kwargs(
    app_id: UUID,
    notification_id: UUID,
    *,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/notifications/{notification_id}/unsubscribe".format(
            app_id=quote(str(app_id), safe=""),
            notification_id=quote(str(notification_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | UnsubscribeEmailResult | None:
    if response.status_code == 202:
        response_202 = UnsubscribeEmailResult.from_dict(response.json())

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
) -> Response[ErrorBody | UnsubscribeEmailResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    notification_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[ErrorBody | UnsubscribeEmailResult]:
    """Unsubscribe an email address with its token

     Turns off the email subscription that received a given email, for a custom unsubscribe page. The
    page takes `app_id`, the message id and the unsubscribe token from the link in the email (Liquid
    `{{subscription.unsubscribe_token}}`) and calls this. The subscription can be turned back on with
    the subscription update operation. Needs no API key: the token from the email is the credential, so
    a public unsubscribe page can call it.

    Args:
        app_id (UUID):
        notification_id (UUID):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UnsubscribeEmailResult]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        notification_id=notification_id,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    notification_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> ErrorBody | UnsubscribeEmailResult | None:
    """Unsubscribe an email address with its token

     Turns off the email subscription that received a given email, for a custom unsubscribe page. The
    page takes `app_id`, the message id and the unsubscribe token from the link in the email (Liquid
    `{{subscription.unsubscribe_token}}`) and calls this. The subscription can be turned back on with
    the subscription update operation. Needs no API key: the token from the email is the credential, so
    a public unsubscribe page can call it.

    Args:
        app_id (UUID):
        notification_id (UUID):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UnsubscribeEmailResult
    """

    return sync_detailed(
        app_id=app_id,
        notification_id=notification_id,
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    notification_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[ErrorBody | UnsubscribeEmailResult]:
    """Unsubscribe an email address with its token

     Turns off the email subscription that received a given email, for a custom unsubscribe page. The
    page takes `app_id`, the message id and the unsubscribe token from the link in the email (Liquid
    `{{subscription.unsubscribe_token}}`) and calls this. The subscription can be turned back on with
    the subscription update operation. Needs no API key: the token from the email is the credential, so
    a public unsubscribe page can call it.

    Args:
        app_id (UUID):
        notification_id (UUID):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UnsubscribeEmailResult]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        notification_id=notification_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    notification_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> ErrorBody | UnsubscribeEmailResult | None:
    """Unsubscribe an email address with its token

     Turns off the email subscription that received a given email, for a custom unsubscribe page. The
    page takes `app_id`, the message id and the unsubscribe token from the link in the email (Liquid
    `{{subscription.unsubscribe_token}}`) and calls this. The subscription can be turned back on with
    the subscription update operation. Needs no API key: the token from the email is the credential, so
    a public unsubscribe page can call it.

    Args:
        app_id (UUID):
        notification_id (UUID):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UnsubscribeEmailResult
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            notification_id=notification_id,
            client=client,
            token=token,
        )
    ).parsed
