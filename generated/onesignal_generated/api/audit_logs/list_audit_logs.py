import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_list_response import AuditLogListResponse
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    *,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    app_ids: list[str] | Unset = UNSET,
    actions: list[str] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    target_types: list[str] | Unset = UNSET,
    target_ids: list[str] | Unset = UNSET,
    ip_addresses: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["cursor"] = cursor

    params["limit"] = limit

    json_app_ids: list[str] | Unset = UNSET
    if not isinstance(app_ids, Unset):
        json_app_ids = app_ids

    params["app_ids"] = json_app_ids

    json_actions: list[str] | Unset = UNSET
    if not isinstance(actions, Unset):
        json_actions = actions

    params["actions"] = json_actions

    json_actor_ids: list[str] | Unset = UNSET
    if not isinstance(actor_ids, Unset):
        json_actor_ids = actor_ids

    params["actor_ids"] = json_actor_ids

    json_actor_emails: list[str] | Unset = UNSET
    if not isinstance(actor_emails, Unset):
        json_actor_emails = actor_emails

    params["actor_emails"] = json_actor_emails

    json_target_types: list[str] | Unset = UNSET
    if not isinstance(target_types, Unset):
        json_target_types = target_types

    params["target_types"] = json_target_types

    json_target_ids: list[str] | Unset = UNSET
    if not isinstance(target_ids, Unset):
        json_target_ids = target_ids

    params["target_ids"] = json_target_ids

    json_ip_addresses: list[str] | Unset = UNSET
    if not isinstance(ip_addresses, Unset):
        json_ip_addresses = ip_addresses

    params["ip_addresses"] = json_ip_addresses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization_id}/audit_logs".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AuditLogListResponse | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AuditLogListResponse.from_dict(response.json())

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
) -> Response[AuditLogListResponse | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    app_ids: list[str] | Unset = UNSET,
    actions: list[str] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    target_types: list[str] | Unset = UNSET,
    target_ids: list[str] | Unset = UNSET,
    ip_addresses: list[str] | Unset = UNSET,
) -> Response[AuditLogListResponse | ErrorBody]:
    """List audit logs

     Returns the organization's audit trail (who did what, when and from where), oldest first, one page
    at a time. The first request needs `start_time` (at most 90 days back, and not before
    2026-02-18T00:00:00Z); when `has_more` is true, pass `next_cursor` as `cursor` to get the next page,
    without the time range. The list filters (`app_ids`, `actions`, ...) are arrays sent by repeating
    the parameter (`actions=segment.created&actions=notification.sent`). Needs the organization API key
    and an Enterprise plan with audit logs enabled.

    Args:
        organization_id (UUID):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):
        app_ids (list[str] | Unset):
        actions (list[str] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        target_types (list[str] | Unset):
        target_ids (list[str] | Unset):
        ip_addresses (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogListResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        start_time=start_time,
        end_time=end_time,
        cursor=cursor,
        limit=limit,
        app_ids=app_ids,
        actions=actions,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        target_types=target_types,
        target_ids=target_ids,
        ip_addresses=ip_addresses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    app_ids: list[str] | Unset = UNSET,
    actions: list[str] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    target_types: list[str] | Unset = UNSET,
    target_ids: list[str] | Unset = UNSET,
    ip_addresses: list[str] | Unset = UNSET,
) -> AuditLogListResponse | ErrorBody | None:
    """List audit logs

     Returns the organization's audit trail (who did what, when and from where), oldest first, one page
    at a time. The first request needs `start_time` (at most 90 days back, and not before
    2026-02-18T00:00:00Z); when `has_more` is true, pass `next_cursor` as `cursor` to get the next page,
    without the time range. The list filters (`app_ids`, `actions`, ...) are arrays sent by repeating
    the parameter (`actions=segment.created&actions=notification.sent`). Needs the organization API key
    and an Enterprise plan with audit logs enabled.

    Args:
        organization_id (UUID):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):
        app_ids (list[str] | Unset):
        actions (list[str] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        target_types (list[str] | Unset):
        target_ids (list[str] | Unset):
        ip_addresses (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogListResponse | ErrorBody
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        cursor=cursor,
        limit=limit,
        app_ids=app_ids,
        actions=actions,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        target_types=target_types,
        target_ids=target_ids,
        ip_addresses=ip_addresses,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    app_ids: list[str] | Unset = UNSET,
    actions: list[str] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    target_types: list[str] | Unset = UNSET,
    target_ids: list[str] | Unset = UNSET,
    ip_addresses: list[str] | Unset = UNSET,
) -> Response[AuditLogListResponse | ErrorBody]:
    """List audit logs

     Returns the organization's audit trail (who did what, when and from where), oldest first, one page
    at a time. The first request needs `start_time` (at most 90 days back, and not before
    2026-02-18T00:00:00Z); when `has_more` is true, pass `next_cursor` as `cursor` to get the next page,
    without the time range. The list filters (`app_ids`, `actions`, ...) are arrays sent by repeating
    the parameter (`actions=segment.created&actions=notification.sent`). Needs the organization API key
    and an Enterprise plan with audit logs enabled.

    Args:
        organization_id (UUID):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):
        app_ids (list[str] | Unset):
        actions (list[str] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        target_types (list[str] | Unset):
        target_ids (list[str] | Unset):
        ip_addresses (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogListResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        start_time=start_time,
        end_time=end_time,
        cursor=cursor,
        limit=limit,
        app_ids=app_ids,
        actions=actions,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        target_types=target_types,
        target_ids=target_ids,
        ip_addresses=ip_addresses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    app_ids: list[str] | Unset = UNSET,
    actions: list[str] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    target_types: list[str] | Unset = UNSET,
    target_ids: list[str] | Unset = UNSET,
    ip_addresses: list[str] | Unset = UNSET,
) -> AuditLogListResponse | ErrorBody | None:
    """List audit logs

     Returns the organization's audit trail (who did what, when and from where), oldest first, one page
    at a time. The first request needs `start_time` (at most 90 days back, and not before
    2026-02-18T00:00:00Z); when `has_more` is true, pass `next_cursor` as `cursor` to get the next page,
    without the time range. The list filters (`app_ids`, `actions`, ...) are arrays sent by repeating
    the parameter (`actions=segment.created&actions=notification.sent`). Needs the organization API key
    and an Enterprise plan with audit logs enabled.

    Args:
        organization_id (UUID):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):
        app_ids (list[str] | Unset):
        actions (list[str] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        target_types (list[str] | Unset):
        target_ids (list[str] | Unset):
        ip_addresses (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogListResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            cursor=cursor,
            limit=limit,
            app_ids=app_ids,
            actions=actions,
            actor_ids=actor_ids,
            actor_emails=actor_emails,
            target_types=target_types,
            target_ids=target_ids,
            ip_addresses=ip_addresses,
        )
    ).parsed
