from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.notification_estimate_request import NotificationEstimateRequest
from ...models.notification_estimate_result import NotificationEstimateResult
from ...types import Response


def _get_kwargs(
    *,
    body: NotificationEstimateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications/count-unsaved",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | NotificationEstimateResult | None:
    if response.status_code == 200:
        response_200 = NotificationEstimateResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

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
) -> Response[ErrorBody | NotificationEstimateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationEstimateRequest,
) -> Response[ErrorBody | NotificationEstimateResult]:
    """Estimate a message's audience

     Counts how many recipients a message with this targeting would reach, without creating or sending
    anything (the same estimate the dashboard shows while composing). `included_segments` is required;
    `excluded_segments`, `filters`, `include_aliases` and `target_channel` narrow that audience. Any
    other message field is accepted and ignored.

    Args:
        body (NotificationEstimateRequest): The targeting of a draft message. Only these fields
            are read; other message fields are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationEstimateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NotificationEstimateRequest,
) -> ErrorBody | NotificationEstimateResult | None:
    """Estimate a message's audience

     Counts how many recipients a message with this targeting would reach, without creating or sending
    anything (the same estimate the dashboard shows while composing). `included_segments` is required;
    `excluded_segments`, `filters`, `include_aliases` and `target_channel` narrow that audience. Any
    other message field is accepted and ignored.

    Args:
        body (NotificationEstimateRequest): The targeting of a draft message. Only these fields
            are read; other message fields are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationEstimateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationEstimateRequest,
) -> Response[ErrorBody | NotificationEstimateResult]:
    """Estimate a message's audience

     Counts how many recipients a message with this targeting would reach, without creating or sending
    anything (the same estimate the dashboard shows while composing). `included_segments` is required;
    `excluded_segments`, `filters`, `include_aliases` and `target_channel` narrow that audience. Any
    other message field is accepted and ignored.

    Args:
        body (NotificationEstimateRequest): The targeting of a draft message. Only these fields
            are read; other message fields are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationEstimateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NotificationEstimateRequest,
) -> ErrorBody | NotificationEstimateResult | None:
    """Estimate a message's audience

     Counts how many recipients a message with this targeting would reach, without creating or sending
    anything (the same estimate the dashboard shows while composing). `included_segments` is required;
    `excluded_segments`, `filters`, `include_aliases` and `target_channel` narrow that audience. Any
    other message field is accepted and ignored.

    Args:
        body (NotificationEstimateRequest): The targeting of a draft message. Only these fields
            are read; other message fields are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationEstimateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
