"""Written by tools/write_surface.py during `make generate`. Do not edit."""

# The methods of `OneSignal` (SyncMethods) and `AsyncOneSignal` (AsyncMethods): this template
# (templates/methods.py.jinja) is rendered once per client by tools/write_surface.py, from the
# spec and the operation table in onesignal/_operations.py. Each method binds nothing itself:
# it hands its arguments, in their documented order, to the core (onesignal/_base.py).
from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from onesignal._core import AsyncCore, SyncCore
from onesignal._operations import BY_NAME as _OP

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from httpx2 import Timeout

    from onesignal._bulk import BulkResult, BulkSendResult, TagOutcome
    from onesignal._csvstream import Row
    from onesignal._exports import Progress
    from onesignal._models import RequestBody
    from onesignal._replay import CreateNotificationWithRetryResult

    from .models.alias_identify_request import AliasIdentifyRequest
    from .models.api_key_create_request import ApiKeyCreateRequest
    from .models.api_key_create_response import ApiKeyCreateResponse
    from .models.api_key_empty_response import ApiKeyEmptyResponse
    from .models.api_key_list_response import ApiKeyListResponse
    from .models.api_key_rotate_response import ApiKeyRotateResponse
    from .models.api_key_update_request import ApiKeyUpdateRequest
    from .models.app import App
    from .models.app_create_request import AppCreateRequest
    from .models.app_update_request import AppUpdateRequest
    from .models.audit_log_event import AuditLogEvent
    from .models.audit_log_list_response import AuditLogListResponse
    from .models.custom_events_request import CustomEventsRequest
    from .models.custom_events_response import CustomEventsResponse
    from .models.email_metrics_timeseries_response import EmailMetricsTimeseriesResponse
    from .models.email_provider_metrics_response import EmailProviderMetricsResponse
    from .models.email_reputation_response import EmailReputationResponse
    from .models.export_events_result import ExportEventsResult
    from .models.export_subscriptions_request import ExportSubscriptionsRequest
    from .models.export_subscriptions_result import ExportSubscriptionsResult
    from .models.get_email_provider_metrics_timeseries_granularity import (
        GetEmailProviderMetricsTimeseriesGranularity,
    )
    from .models.get_notification_outcome_attribution import (
        GetNotificationOutcomeAttribution,
    )
    from .models.get_notification_outcome_time_range import (
        GetNotificationOutcomeTimeRange,
    )
    from .models.get_notifications_kind import (
        GetNotificationsKind,
    )
    from .models.get_outcomes_outcome_attribution import (
        GetOutcomesOutcomeAttribution,
    )
    from .models.get_outcomes_outcome_time_range import (
        GetOutcomesOutcomeTimeRange,
    )
    from .models.iam_list_response import IamListResponse
    from .models.journey import Journey
    from .models.journey_create_request import JourneyCreateRequest
    from .models.journey_delete_response import JourneyDeleteResponse
    from .models.journey_duplicate_request import JourneyDuplicateRequest
    from .models.journey_list_item import JourneyListItem
    from .models.journey_list_response import JourneyListResponse
    from .models.journey_node_update_request import JourneyNodeUpdateRequest
    from .models.journey_stats import JourneyStats
    from .models.journey_update_request import JourneyUpdateRequest
    from .models.live_activity_start_request import LiveActivityStartRequest
    from .models.live_activity_start_response import LiveActivityStartResponse
    from .models.live_activity_token_request import LiveActivityTokenRequest
    from .models.live_activity_update_request import LiveActivityUpdateRequest
    from .models.live_activity_update_response import LiveActivityUpdateResponse
    from .models.notification import Notification
    from .models.notification_cancel_result import NotificationCancelResult
    from .models.notification_create_result import NotificationCreateResult
    from .models.notification_detail import NotificationDetail
    from .models.notification_estimate_request import NotificationEstimateRequest
    from .models.notification_estimate_result import NotificationEstimateResult
    from .models.notification_history_request import NotificationHistoryRequest
    from .models.notification_history_result import NotificationHistoryResult
    from .models.notification_page import NotificationPage
    from .models.outcome_list_response import OutcomeListResponse
    from .models.segment import Segment
    from .models.segment_create_request import SegmentCreateRequest
    from .models.segment_delete_response import SegmentDeleteResponse
    from .models.segment_detail_response import SegmentDetailResponse
    from .models.segment_list_response import SegmentListResponse
    from .models.segment_save_response import SegmentSaveResponse
    from .models.segment_update_request import SegmentUpdateRequest
    from .models.subscription_accepted_response import SubscriptionAcceptedResponse
    from .models.subscription_create_request import SubscriptionCreateRequest
    from .models.subscription_response import SubscriptionResponse
    from .models.subscription_token_update_request import SubscriptionTokenUpdateRequest
    from .models.subscription_transfer_request import SubscriptionTransferRequest
    from .models.subscription_update_request import SubscriptionUpdateRequest
    from .models.template import Template
    from .models.template_copy_request import TemplateCopyRequest
    from .models.template_copy_response import TemplateCopyResponse
    from .models.template_create_request import TemplateCreateRequest
    from .models.template_delete_response import TemplateDeleteResponse
    from .models.template_list_response import TemplateListResponse
    from .models.template_update_request import TemplateUpdateRequest
    from .models.unsubscribe_email_result import UnsubscribeEmailResult
    from .models.update_subscription_by_token_token_type import (
        UpdateSubscriptionByTokenTokenType,
    )
    from .models.user import User
    from .models.user_create_request import UserCreateRequest
    from .models.user_identity_response import UserIdentityResponse
    from .models.user_update_request import UserUpdateRequest
    from .models.user_update_response import UserUpdateResponse
    from .models.view_templates_channel import (
        ViewTemplatesChannel,
    )


class SyncMethods(SyncCore):
    """Every operation of the OneSignal REST API, blocking."""

    def create_app(
        self,
        body: AppCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        app: AppCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> App:
        """Create an app.

        Creates a new OneSignal app inside an organization (`organization_id`, which the
        organization API key must belong to), optionally with its push credentials for web, Android
        and iOS set up at once. `name` and `organization_id` are required (older versions of the
        reference made `organization_id` optional, creating a new organization without it). Email
        and SMS settings cannot be set here; configure them in the dashboard. For web push,
        `site_name`, `chrome_web_origin` and `safari_site_origin` go together in one request. Needs
        the organization API key.

        Needs the organization API key. `POST /apps`.

        Args:
            body: A new app. `name` and `organization_id` are required (OneSignal's current
                reference); any platform setting may be given at once. For web push, send
                `site_name`, `chrome_web_origin` and `safari_site_origin` together. The read-only
                fields of an app (`id`, counts, timestamps, certificates on file, derived Safari
                icons) are accepted and ignored, so an `App` object can be sent as it is. A dict
                (snake_case or camelCase keys), a model or `onesignal.Notification`; body fields may
                also be passed as keywords.
            app: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The app that was created, with its new id.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createApp`.

        Reference: https://documentation.onesignal.com/reference/create-an-app
        """
        named: dict[str, Any] = {"app": app, "extra_body": extra_body, **fields}
        return self._call(_OP["create_app"], (body,), named, timeout)

    createApp = create_app

    def get_app(
        self,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> App:
        """View an app.

        Returns the configuration of one OneSignal app: its name, platform credentials and player
        counts. Needs the organization API key.

        Needs the organization API key. `GET /apps/{app_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The app.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getApp`.

        Reference: https://documentation.onesignal.com/reference/view-an-app
        """
        named: dict[str, Any] = {}
        return self._call(_OP["get_app"], (app_id,), named, timeout)

    getApp = get_app

    def get_apps(
        self,
        *,
        timeout: float | Timeout | None = None,
    ) -> list[App]:
        """View all apps.

        Lists the apps the organization API key can see, with their ids, names, subscription counts
        and timestamps. OneSignal returns at most 1000 apps here; keep your own list of app ids if
        you manage more and read each one with `get_app`. App API keys are never part of this
        answer. Needs the organization API key.

        Needs the organization API key. `GET /apps`.

        Args:
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The apps, as a JSON array.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getApps`.

        Reference: https://documentation.onesignal.com/reference/view-apps
        """
        named: dict[str, Any] = {}
        return self._call(_OP["get_apps"], (), named, timeout)

    getApps = get_apps

    def update_app(
        self,
        app_id: str | UUID | None = None,
        body: AppUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        app: AppUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> App:
        """Update an app.

        Changes the name or platform settings of an existing app. Send the fields to change; sending
        back an app read with `get_app` with a few fields edited also works, since the read-only
        fields (`id`, counts, timestamps) are ignored. The organization API key must belong to the
        app's organization. For Safari web push, `safari_apns_p12` and `safari_apns_p12_password`
        must be sent too (as empty strings when you have no certificate of your own).

        Needs the organization API key. `PUT /apps/{app_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: Changes to an app; every field is optional. An app as returned by `get_app` is
                accepted too: `id`, `players`, `messageable_players`, `created_at`, `updated_at` and
                `basic_auth_key` are then ignored. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            app: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The app after the update.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateApp`.

        Reference: https://documentation.onesignal.com/reference/update-an-app
        """
        named: dict[str, Any] = {"app": app, "extra_body": extra_body, **fields}
        return self._call(_OP["update_app"], (app_id, body), named, timeout)

    updateApp = update_app

    def create_segment(
        self,
        app_id: str | UUID | None = None,
        body: SegmentCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        segment: SegmentCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SegmentSaveResponse:
        """Create a segment.

        Creates a segment from a list of filters, the same conditions the dashboard offers.
        Conditions next to each other must all match; an `{"operator": "OR"}` entry splits the list
        into alternatives. At most 200 entries, counting the OR entries. The new segment can then be
        targeted by name in `included_segments` and `excluded_segments`. Requires a paid plan.

        Needs the REST API key. `POST /apps/{app_id}/segments`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: A new segment. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            segment: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 201: The segment was created.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createSegment`, `createSegments`.

        Reference: https://documentation.onesignal.com/reference/create-segments
        """
        named: dict[str, Any] = {"segment": segment, "extra_body": extra_body, **fields}
        return self._call(_OP["create_segment"], (app_id, body), named, timeout)

    createSegment = create_segment
    createSegments = create_segment

    def get_segments(
        self,
        app_id: str | UUID | None = None,
        *,
        offset: int | None = None,
        limit: int | None = None,
        timeout: float | Timeout | None = None,
    ) -> SegmentListResponse:
        """View segments.

        Lists the app's segments with their ids, names and flags, oldest first (sorted by
        `created_at`). Page through them with `offset` and `limit` (at most 300 per page). The
        filters of a segment are not included; read them with `get_segment`.

        Needs the REST API key. `GET /apps/{app_id}/segments`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            offset: How many segments to skip from the start of the list (oldest first); 0 when left
                out.
            limit: How many segments to return at most. 300 is both the default and the maximum.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of segments.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getSegments`.

        Reference: https://documentation.onesignal.com/reference/view-segments
        """
        named: dict[str, Any] = {"offset": offset, "limit": limit}
        return self._call(_OP["get_segments"], (app_id,), named, timeout)

    getSegments = get_segments

    def iter_segments(
        self,
        app_id: str | UUID | None = None,
        *,
        page_size: int = 300,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> Iterator[Segment]:
        """Every item of `get_segments`, page after page.

        Takes the arguments of `get_segments` but its paging ones: one page of `page_size`
        items (at most 300) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {}
        op = _OP["get_segments"]
        return self._iter_pages(op, (app_id,), named, page_size, page_interval, timeout)

    def delete_segment(
        self,
        app_id: str | UUID | None = None,
        segment_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> SegmentDeleteResponse:
        """Delete a segment.

        Deletes a segment for good; it cannot be restored, only created again. Subscriptions in it
        are not affected. The segment id is shown in the dashboard URL of the segment and in
        `get_segments`.

        Needs the REST API key. `DELETE /apps/{app_id}/segments/{segment_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            segment_id: The segment's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The segment was deleted.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteSegment`, `deleteSegments`.

        Reference: https://documentation.onesignal.com/reference/delete-segments
        """
        named: dict[str, Any] = {}
        return self._call(_OP["delete_segment"], (app_id, segment_id), named, timeout)

    deleteSegment = delete_segment
    deleteSegments = delete_segment

    def get_outcomes(
        self,
        app_id: str | UUID | None = None,
        outcome_names: str | None = None,
        *,
        outcome_time_range: GetOutcomesOutcomeTimeRange | None = None,
        outcome_platforms: str | None = None,
        outcome_attribution: GetOutcomesOutcomeAttribution | None = None,
        outcome_names2: list[str] | None = None,
        timeout: float | Timeout | None = None,
    ) -> OutcomeListResponse:
        """View outcomes.

        Returns aggregated outcome metrics for the app: OneSignal's own outcomes (`os__click`,
        `os__confirmed_delivery`, `os__session_duration`) and custom outcomes your app reports.
        Narrow them by time range, platform and attribution. Outcome data is kept for about 30 days,
        so export it regularly if you need a longer history.

        Needs the REST API key. `GET /apps/{app_id}/outcomes`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            outcome_names: Comma-separated outcome names, each followed by its aggregation: `.count`
                or `.sum` (for example `os__click.count,Purchase.sum`). Built-in outcomes start with
                `os__`; `os__click` only supports `.count`. Optional, as in OneSignal's reference:
                the names may come as `outcome_names[]` values instead, one name per value, which is
                the form for a custom name that itself contains a comma.
            outcome_time_range: The period to aggregate: `1h` (last hour, the default), `1d` (last
                day) or `1mo` (last month).
            outcome_platforms: Comma-separated device type ids to count, such as `0` (iOS), `1`
                (Android), `2` (Fire OS), `5` (Chrome), `8` (Firefox), `11` (email), `14` (SMS),
                `17` (Safari). All platforms of the app are counted when left out.
            outcome_attribution: Which outcomes to count: `direct` (after a notification was
                opened), `influenced` (after one was received), `unattributed`, or `total` (all
                three, the default).
            outcome_names2: `outcome_names[]`: One outcome name with its aggregation per value,
                repeated (`outcome_names[]=os__click.count&outcome_names[]=Sales, Purchase.count`):
                the form for custom names that contain a comma. The official SDK calls it
                `outcome_names2`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One entry per requested outcome.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getOutcomes`.

        Reference: https://documentation.onesignal.com/reference/view-outcomes
        """
        named: dict[str, Any] = {
            "outcome_time_range": outcome_time_range,
            "outcome_platforms": outcome_platforms,
            "outcome_attribution": outcome_attribution,
            "outcome_names2": outcome_names2,
        }
        return self._call(_OP["get_outcomes"], (app_id, outcome_names), named, timeout)

    getOutcomes = get_outcomes

    def update_live_activity(
        self,
        app_id: str | UUID | None = None,
        activity_id: str | None = None,
        body: LiveActivityUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_live_activity_request: LiveActivityUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> LiveActivityUpdateResponse:
        """Update or end a Live Activity.

        Pushes a new content state to every device running the Live Activity with this id, or ends
        it. With `event: update` the activity redraws from `event_updates`, whose keys must be
        exactly those of the `ContentState` struct in the app's widget extension; with `event: end`
        the activity stops and is removed at `dismissal_date` (or after iOS's default of up to four
        hours). An ended activity cannot be updated again. Answers with the id of the push that
        carried the change.

        Needs the REST API key. `POST /apps/{app_id}/live_activities/{activity_id}/notifications`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            activity_id: The Live Activity's id, chosen by your app when it started the activity.
            body: A change of state for a running Live Activity, or the order to end it. A dict
                (snake_case or camelCase keys), a model or `onesignal.Notification`; body fields may
                also be passed as keywords.
            update_live_activity_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The update push was accepted.
            HTTP 201: The update push was created (the status code the current reference lists).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateLiveActivity`.

        Reference: https://documentation.onesignal.com/reference/update-live-activity-api
        """
        named: dict[str, Any] = {
            "update_live_activity_request": update_live_activity_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_live_activity"], (app_id, activity_id, body), named, timeout
        )

    updateLiveActivity = update_live_activity

    def create_user(
        self,
        app_id: str | UUID | None = None,
        body: UserCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        user: UserCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> User:
        """Create a user.

        Creates a user from its aliases, properties and subscriptions, or, when an alias or a
        subscription in the body already belongs to a user, adds the new data to that user. At least
        one alias (preferably `external_id`) or one subscription must be sent. A user holds at most
        20 subscriptions; a subscription whose `type` and `token` already exist in the app is moved
        to this user.

        Needs the REST API key. `POST /apps/{app_id}/users`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: A user to create, or data to add to an existing user. Send at least one alias in
                `identity` or one entry in `subscriptions`. A dict (snake_case or camelCase keys), a
                model or `onesignal.Notification`; body fields may also be passed as keywords.
            user: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: Nothing new was created; the user as it already stood.
            HTTP 201: A new user was created.
            HTTP 202: The user already existed; the request was accepted and its aliases, properties
                or subscriptions were added to that user.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createUser`.

        Reference: https://documentation.onesignal.com/reference/create-user
        """
        named: dict[str, Any] = {"user": user, "extra_body": extra_body, **fields}
        return self._call(_OP["create_user"], (app_id, body), named, timeout)

    createUser = create_user

    def get_user(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> User:
        """View a user.

        Looks a user up by one of its aliases and returns everything OneSignal stores about it: all
        aliases, its properties (tags, language, location, activity, purchases) and every push,
        email and SMS subscription it owns.

        Needs the REST API key. `GET /apps/{app_id}/users/by/{alias_label}/{alias_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The user with its aliases, properties and subscriptions.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getUser`, `fetchUser`.

        Reference: https://documentation.onesignal.com/reference/view-user
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["get_user"], (app_id, alias_label, alias_id), named, timeout
        )

    getUser = get_user
    fetchUser = get_user

    def update_user(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        body: UserUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_user_request: UserUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        onesignal_subscription_id: str | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> UserUpdateResponse:
        """Update a user's properties.

        Changes the properties of a user found by one of its aliases: tags, language, time zone,
        location and activity. `deltas` adds to the running session time, session count and purchase
        list instead of replacing them. Aliases and subscriptions are not changed here; use the
        alias and subscription operations for those. The change is applied asynchronously.

        Needs the REST API key. `PATCH /apps/{app_id}/users/by/{alias_label}/{alias_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            body: Property changes for a user, and amounts to add to its running totals. A dict
                (snake_case or camelCase keys), a model or `onesignal.Notification`; body fields may
                also be passed as keywords.
            onesignal_subscription_id: Header: The subscription (device) the change comes from.
                OneSignal's SDKs send it so that device-level properties such as the IP-based
                location are taken from that subscription; a server-side update normally leaves it
                out. A UUID, typed as a plain string here because the generated client sends header
                values as they are given.
            update_user_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 202: The update was accepted and will be applied shortly.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateUser`.

        Reference: https://documentation.onesignal.com/reference/update-user
        """
        named: dict[str, Any] = {
            "update_user_request": update_user_request,
            "onesignal_subscription_id": onesignal_subscription_id,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_user"], (app_id, alias_label, alias_id, body), named, timeout
        )

    updateUser = update_user

    def delete_user(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UserIdentityResponse:
        """Delete a user.

        Permanently removes a user found by one of its aliases, together with all its aliases,
        properties and subscriptions. The deletion cannot be undone and runs asynchronously, so the
        user may still be readable for a short while.

        Needs the REST API key. `DELETE /apps/{app_id}/users/by/{alias_label}/{alias_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 202: The deletion was accepted.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteUser`.

        Reference: https://documentation.onesignal.com/reference/delete-user
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["delete_user"], (app_id, alias_label, alias_id), named, timeout
        )

    deleteUser = delete_user

    def fetch_user_identity(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UserIdentityResponse:
        """View a user's aliases.

        Returns only the identity of a user found by one of its aliases: every alias label and value
        it has, always including `onesignal_id`. Useful to map one id of yours to the others without
        loading properties and subscriptions.

        Needs the REST API key. `GET /apps/{app_id}/users/by/{alias_label}/{alias_id}/identity`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The user's aliases.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `fetchUserIdentity`, `get_aliases`.

        Reference: https://documentation.onesignal.com/reference/fetch-aliases
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["fetch_user_identity"], (app_id, alias_label, alias_id), named, timeout
        )

    fetchUserIdentity = fetch_user_identity
    get_aliases = fetch_user_identity

    def fetch_aliases(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UserIdentityResponse:
        """View the aliases of a subscription's user.

        Returns every alias of the user that owns the given subscription, including `onesignal_id`.
        Use it when you only know a subscription id (a push device, an email address or a phone
        number) and need the user behind it.

        Needs the REST API key. `GET /apps/{app_id}/subscriptions/{subscription_id}/user/identity`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The owner's aliases.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `fetchAliases`, `get_aliases_by_subscription`.

        Reference: https://documentation.onesignal.com/reference/fetch-identity-by-subscription
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["fetch_aliases"], (app_id, subscription_id), named, timeout
        )

    fetchAliases = fetch_aliases
    get_aliases_by_subscription = fetch_aliases

    def identify_user_by_alias(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        body: AliasIdentifyRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        user_identity_body: AliasIdentifyRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> UserIdentityResponse:
        """Add or change aliases of a user.

        Adds aliases to a user found by one of its aliases, or changes the value of labels it
        already has (an upsert per label). `onesignal_id` is read-only and cannot be set. An alias
        value already used by another user is refused with 409. The change is immediate.

        Needs the REST API key. `PATCH /apps/{app_id}/users/by/{alias_label}/{alias_id}/identity`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            body: Aliases to add to a user or to set to new values. A dict (snake_case or camelCase
                keys), a model or `onesignal.Notification`; body fields may also be passed as
                keywords.
            user_identity_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The user's aliases after the change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `identifyUserByAlias`, `create_alias`.

        Reference: https://documentation.onesignal.com/reference/create-alias
        """
        named: dict[str, Any] = {
            "user_identity_body": user_identity_body,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["identify_user_by_alias"],
            (app_id, alias_label, alias_id, body),
            named,
            timeout,
        )

    identifyUserByAlias = identify_user_by_alias
    create_alias = identify_user_by_alias

    def get_eligible_iams(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> IamListResponse:
        """List in-app messages a subscription may show.

        Returns the manifest of in-app messages that the given mobile subscription is currently
        eligible to display. The OneSignal mobile SDKs call this when a session starts; each entry
        carries the message's variants, triggers and display rules.

        Needs the REST API key. `GET /apps/{app_id}/subscriptions/{subscription_id}/iams`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The eligible in-app messages.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getEligibleIams`.
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["get_eligible_iams"], (app_id, subscription_id), named, timeout
        )

    getEligibleIams = get_eligible_iams

    def create_notification(
        self,
        app_id: str | UUID | None = None,
        body: Notification | RequestBody | Mapping[str, Any] | None = None,
        *,
        notification: Notification | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> NotificationCreateResult:
        """Send a message.

        Creates a push, email or SMS message and queues it for delivery (now or at `send_after`).
        Pick one way to choose recipients: segments (`included_segments` / `excluded_segments`),
        `filters`, or explicit users and subscriptions (`include_aliases` with `target_channel`,
        `include_subscription_ids`). A 200 answer does not always mean something was sent: when no
        recipient could be reached, `id` is an empty string and `errors` says why. Send an
        `idempotency_key` so that retrying after a timeout cannot deliver the message twice.

        Needs the REST API key. `POST /notifications`.

        Args:
            app_id: The app's id (sent in the body). Defaults to the client's `app_id`.
            body: A message to send over push, email or SMS. Choose recipients with exactly one
                targeting method: segments, filters, or users and subscriptions. Fields for channels
                the message does not use are ignored. Its settings are those of
                `NotificationFields`, which a message read back has too; the fields here are the
                ones sent in another form than they are read (objects and lists of objects, which
                may be read back as null). A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            notification: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The message was accepted, or nothing was sent because no recipient could be
                reached (then `id` is empty and `errors` explains).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createNotification`.

        Reference: https://documentation.onesignal.com/reference/create-message
        """
        named: dict[str, Any] = {
            "notification": notification,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(_OP["create_notification"], (app_id, body), named, timeout)

    createNotification = create_notification

    def get_notifications(
        self,
        app_id: str | UUID | None = None,
        *,
        limit: int | None = None,
        offset: int | None = None,
        kind: GetNotificationsKind | None = None,
        time_offset: str | None = None,
        template_id: str | UUID | None = None,
        timeout: float | Timeout | None = None,
    ) -> NotificationPage:
        """List messages.

        Returns up to 50 messages of an app with their delivery statistics, newest first. Page
        either with `limit` and `offset`, or with `time_offset` (oldest first, starting at a
        timestamp, then following `next_time_offset`). Messages sent through the API or by
        automations are kept for 30 days; dashboard messages for the life of the app.

        Needs the REST API key. `GET /notifications`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            limit: How many messages to return; at most 50.
            offset: How many messages to skip, for page-by-page listing. Cannot be combined with
                `time_offset`.
            kind: Only messages of one origin: 0 sent from the dashboard, 1 sent through the API
                (journeys included), 3 sent by automated messages. Leave out for all of them.
            time_offset: Start of a time-ordered listing: an ISO 8601 timestamp for the first page,
                then the `next_time_offset` cursor of the previous answer. Switches the order to
                oldest first and cannot be combined with `offset`.
            template_id: Only messages sent from this template.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of messages.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getNotifications`.

        Reference: https://documentation.onesignal.com/reference/view-messages
        """
        named: dict[str, Any] = {
            "limit": limit,
            "offset": offset,
            "kind": kind,
            "time_offset": time_offset,
            "template_id": template_id,
        }
        return self._call(_OP["get_notifications"], (app_id,), named, timeout)

    getNotifications = get_notifications

    def iter_notifications(
        self,
        app_id: str | UUID | None = None,
        *,
        kind: GetNotificationsKind | None = None,
        time_offset: str | None = None,
        template_id: str | UUID | None = None,
        page_size: int = 50,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> Iterator[NotificationDetail]:
        """Every item of `get_notifications`, page after page.

        Takes the arguments of `get_notifications` but its paging ones: one page of `page_size`
        items (at most 50) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {
            "kind": kind,
            "time_offset": time_offset,
            "template_id": template_id,
        }
        op = _OP["get_notifications"]
        return self._iter_pages(op, (app_id,), named, page_size, page_interval, timeout)

    def get_notification(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        *,
        outcome_names: list[str] | None = None,
        outcome_time_range: GetNotificationOutcomeTimeRange | None = None,
        outcome_platforms: str | None = None,
        outcome_attribution: GetNotificationOutcomeAttribution | None = None,
        timeout: float | Timeout | None = None,
    ) -> NotificationDetail:
        """View a message.

        Returns one message as it was created, together with its delivery statistics per platform
        and, where collected, its outcomes.

        Needs the REST API key. `GET /notifications/{notification_id}`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            notification_id: The notification's id (a UUID).
            outcome_names: The outcomes of this message to include, each an outcome name with its
                aggregation (`os__click.count`, `Purchase.sum`). Without it the answer carries no
                outcomes and the other `outcome_*` parameters are ignored.
            outcome_time_range: The period the outcomes are aggregated over: `1h` (the last hour,
                the default), `1d` or `1mo`. Only read with `outcome_names`.
            outcome_platforms: Comma-separated device type ids whose outcomes count (`0` iOS, `1`
                Android, `5` Chrome, `8` Firefox, `17` Safari, ...); all platforms when left out.
                Only read with `outcome_names`.
            outcome_attribution: Which outcomes count: `direct`, `influenced`, `unattributed`, or
                `total` (all of them, the default). Only read with `outcome_names`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The message.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getNotification`.

        Reference: https://documentation.onesignal.com/reference/view-message
        """
        named: dict[str, Any] = {
            "outcome_names": outcome_names,
            "outcome_time_range": outcome_time_range,
            "outcome_platforms": outcome_platforms,
            "outcome_attribution": outcome_attribution,
        }
        return self._call(
            _OP["get_notification"], (app_id, notification_id), named, timeout
        )

    getNotification = get_notification

    def cancel_notification(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> NotificationCancelResult:
        """Cancel a scheduled message.

        Stops a message that is scheduled or still going out. The message stays in the app's
        history; recipients already reached keep it.

        Needs the REST API key. `DELETE /notifications/{notification_id}`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            notification_id: The notification's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: Whether the message was canceled.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `cancelNotification`.

        Reference: https://documentation.onesignal.com/reference/cancel-message
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["cancel_notification"], (app_id, notification_id), named, timeout
        )

    cancelNotification = cancel_notification

    def get_notification_history(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        body: NotificationHistoryRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        get_notification_history_request_body: NotificationHistoryRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> NotificationHistoryResult:
        """Export who was sent or clicked a message.

        Starts a CSV report of the subscriptions a push or email was sent to, or that clicked it.
        Poll `destination_url` until the file is there (usually one to three minutes; a 403 from the
        file URL means "not ready yet"), or give `email` to be mailed the link. Works only within 7
        days of sending, on plans with "Send History via OneSignal API" enabled.

        Needs the REST API key. `POST /notifications/{notification_id}/history`.

        Args:
            app_id: The app's id (sent in the body). Defaults to the client's `app_id`.
            notification_id: The notification's id (a UUID).
            body: Which recipients of a message to report. A dict (snake_case or camelCase keys), a
                model or `onesignal.Notification`; body fields may also be passed as keywords.
            get_notification_history_request_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The report was started.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getNotificationHistory`.

        Reference: https://documentation.onesignal.com/reference/message-history
        """
        named: dict[str, Any] = {
            "get_notification_history_request_body": get_notification_history_request_body,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["get_notification_history"],
            (app_id, notification_id, body),
            named,
            timeout,
        )

    getNotificationHistory = get_notification_history

    def iter_notification_history(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        body: NotificationHistoryRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        get_notification_history_request_body: NotificationHistoryRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Iterator[Row]:
        """Start `get_notification_history` and yield the rows of its CSV file.

        Takes the arguments of `get_notification_history`. The export starts when iteration begins; the
        file is then polled every `poll_interval` seconds until it exists (at most `timeout`
        seconds, then `ExportTimeoutError`) and decoded as it downloads, one dict per row.
        """
        named: dict[str, Any] = {
            "get_notification_history_request_body": get_notification_history_request_body,
            "extra_body": extra_body,
            **fields,
        }
        poll = self._poll("iter_notification_history", None, poll_interval, timeout)
        return self._export_rows(
            self._start(
                _OP["get_notification_history"],
                ((app_id, notification_id, body), named),
                poll,
            )
        )

    def create_subscription(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        body: SubscriptionCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        subscription_body: SubscriptionCreateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SubscriptionResponse:
        """Add a subscription to a user.

        Adds one push, email or SMS subscription to a user found by one of its aliases. `type` is
        required and `token` should be sent: an email address for `Email`, an E.164 phone number for
        `SMS`, the push token for the push types. A subscription is identified by its `type` and
        `token`; if that pair already exists in the app the subscription is moved to this user
        instead of being created.

        Needs the REST API key. `POST /apps/{app_id}/users/by/{alias_label}/{alias_id}/subscriptions`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            body: The subscription to add to a user. A dict (snake_case or camelCase keys), a model
                or `onesignal.Notification`; body fields may also be passed as keywords.
            subscription_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The user already had this subscription; nothing was changed.
            HTTP 201: A new subscription was created for the user.
            HTTP 202: The subscription already existed on another user and was moved to this user.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createSubscription`.

        Reference: https://documentation.onesignal.com/reference/create-subscription
        """
        named: dict[str, Any] = {
            "subscription_body": subscription_body,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["create_subscription"],
            (app_id, alias_label, alias_id, body),
            named,
            timeout,
        )

    createSubscription = create_subscription

    def update_subscription(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        body: SubscriptionUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        subscription_body: SubscriptionUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SubscriptionAcceptedResponse:
        """Update a subscription.

        Changes the properties of one subscription found by its id, most often `enabled` to opt a
        subscription out or back in when you track consent outside the SDK. The subscription's
        `type` cannot be changed: delete it and create a new one instead. Applied asynchronously;
        the answer is an empty object.

        Needs the REST API key. `PATCH /apps/{app_id}/subscriptions/{subscription_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            body: Changes to one subscription found by its id. A dict (snake_case or camelCase
                keys), a model or `onesignal.Notification`; body fields may also be passed as
                keywords.
            subscription_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 202: The update was accepted and will be applied shortly.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateSubscription`.

        Reference: https://documentation.onesignal.com/reference/update-subscription
        """
        named: dict[str, Any] = {
            "subscription_body": subscription_body,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_subscription"], (app_id, subscription_id, body), named, timeout
        )

    updateSubscription = update_subscription

    def transfer_subscription(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        body: SubscriptionTransferRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        transfer_subscription_request_body: SubscriptionTransferRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> UserIdentityResponse:
        """Move a subscription to another user.

        Moves one subscription to another user of the same app, named by exactly one alias in
        `identity` (`external_id` is the usual choice, `onesignal_id` also works). Subscriptions
        cannot move between apps, and the move fails when the target user already holds 20
        subscriptions. The transfer is immediate.

        Needs the REST API key. `PATCH /apps/{app_id}/subscriptions/{subscription_id}/owner`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            body: The user a subscription moves to. A dict (snake_case or camelCase keys), a model
                or `onesignal.Notification`; body fields may also be passed as keywords.
            transfer_subscription_request_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The aliases of the user that now owns the subscription.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `transferSubscription`.

        Reference: https://documentation.onesignal.com/reference/transfer-subscription
        """
        named: dict[str, Any] = {
            "transfer_subscription_request_body": transfer_subscription_request_body,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["transfer_subscription"],
            (app_id, subscription_id, body),
            named,
            timeout,
        )

    transferSubscription = transfer_subscription

    def delete_subscription(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> SubscriptionAcceptedResponse:
        """Delete a subscription.

        Deletes one subscription and its properties; messages stop going to it at once and the
        record is removed asynchronously. It does not block the same token, email address or phone
        number from being subscribed again later. To remove a user with all its subscriptions,
        delete the user instead.

        Needs the REST API key. `DELETE /apps/{app_id}/subscriptions/{subscription_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 202: The deletion was accepted.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteSubscription`.

        Reference: https://documentation.onesignal.com/reference/delete-subscription
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["delete_subscription"], (app_id, subscription_id), named, timeout
        )

    deleteSubscription = delete_subscription

    def copy_template_to_app(
        self,
        template_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        body: TemplateCopyRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        copy_template_request: TemplateCopyRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> TemplateCopyResponse:
        """Copy a template to another app.

        Duplicates a template of the app given in `app_id` into the app named by `target_app_id`.
        The copy has the same content but its own new id, and is independent of the original
        afterwards. Both apps must belong to the same organization, the call needs the organization
        API key, and the key's user must be an admin of both apps.

        Needs the organization API key. `POST /templates/{template_id}/copy_to_app`.

        Args:
            template_id: The template's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            body: Where to copy a template to. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            copy_template_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The template was copied. The reference shows a bare `{"success": true}`;
                OneSignal's own SDKs read the new template back instead, so both shapes are
                described.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `copyTemplateToApp`.

        Reference: https://documentation.onesignal.com/reference/copy-template-to-another-app
        """
        named: dict[str, Any] = {
            "copy_template_request": copy_template_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["copy_template_to_app"], (template_id, app_id, body), named, timeout
        )

    copyTemplateToApp = copy_template_to_app

    def identify_user_by_subscription_id(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        body: AliasIdentifyRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        user_identity_body: AliasIdentifyRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> UserIdentityResponse:
        """Add or change aliases of a subscription's user.

        Adds aliases to, or changes alias values of, the user that owns the given subscription (an
        upsert per label). Behaves like adding aliases by alias, for when only a subscription id is
        known. `onesignal_id` cannot be set; an alias value owned by another user is refused with
        409.

        Needs the REST API key. `PATCH /apps/{app_id}/subscriptions/{subscription_id}/user/identity`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            body: Aliases to add to a user or to set to new values. A dict (snake_case or camelCase
                keys), a model or `onesignal.Notification`; body fields may also be passed as
                keywords.
            user_identity_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The owner's aliases after the change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `identifyUserBySubscriptionId`, `create_alias_by_subscription`.

        Reference: https://documentation.onesignal.com/reference/create-alias-by-subscription
        """
        named: dict[str, Any] = {
            "user_identity_body": user_identity_body,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["identify_user_by_subscription_id"],
            (app_id, subscription_id, body),
            named,
            timeout,
        )

    identifyUserBySubscriptionId = identify_user_by_subscription_id
    create_alias_by_subscription = identify_user_by_subscription_id

    def create_api_key(
        self,
        app_id: str | UUID | None = None,
        body: ApiKeyCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        create_api_key_request: ApiKeyCreateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ApiKeyCreateResponse:
        """Create an API key.

        Creates a new app API key (Rich Authentication Token). The answer carries the key itself in
        `formatted_token`, exactly once: OneSignal does not store it, so save it right away (a lost
        key can only be rotated). By default the key works from any IP address; set
        `ip_allowlist_mode` to `explicit` and list CIDR ranges in `ip_allowlist` to restrict it.
        Needs the organization API key.

        Needs the organization API key. `POST /apps/{app_id}/auth/tokens`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: A new app API key. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            create_api_key_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The key was created; `formatted_token` is the secret.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createApiKey`.

        Reference: https://documentation.onesignal.com/reference/create-api-key
        """
        named: dict[str, Any] = {
            "create_api_key_request": create_api_key_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(_OP["create_api_key"], (app_id, body), named, timeout)

    createApiKey = create_api_key

    def create_custom_events(
        self,
        app_id: str | UUID | None = None,
        body: CustomEventsRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        custom_events_request: CustomEventsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CustomEventsResponse:
        """Record custom events.

        Records a batch of events that users did, such as a purchase or a finished level, for
        journeys to react to (entering a journey, leaving a Wait Until step). Each event names its
        user by `external_id` or `onesignal_id`. One event may be at most 2,024 bytes and the whole
        request at most 1 MB. Events that fail (most often because no user matched) come back in
        `errors` with a 202 while the rest are still recorded: resend only those. After a 5XX resend
        the whole batch. Give each event an `idempotency_key` so that retried events are not counted
        twice.

        Needs the REST API key. `POST /apps/{app_id}/custom_events`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: A batch of custom events (at most 1 MB in all). A dict (snake_case or camelCase
                keys), a model or `onesignal.Notification`; body fields may also be passed as
                keywords.
            custom_events_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: Every event was recorded.
            HTTP 202: The batch was accepted; any events listed in `errors` failed and were not
                recorded, all others were.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createCustomEvents`.

        Reference: https://documentation.onesignal.com/reference/create-custom-events
        """
        named: dict[str, Any] = {
            "custom_events_request": custom_events_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(_OP["create_custom_events"], (app_id, body), named, timeout)

    createCustomEvents = create_custom_events

    def create_journey(
        self,
        app_id: str | UUID | None = None,
        body: JourneyCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        create_journey_request: JourneyCreateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Journey:
        """Create a journey.

        Creates a journey in the app. A new journey always starts in the `draft` state; activate it
        later with Update journey (`state: active`), or give it a schedule. Nodes are sent without
        server ids: the server assigns an id to every node and branch and returns the whole journey,
        including the `concurrency_key` needed for guarded updates. The Journeys API is in beta.

        Needs the REST API key. `POST /apps/{app_id}/journeys`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: The body of Create journey. Node and branch ids are assigned by the server. A dict
                (snake_case or camelCase keys), a model or `onesignal.Notification`; body fields may
                also be passed as keywords.
            create_journey_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 201: The journey was created; the body is the full journey.
            HTTP 200: The journey was created (some deployments answer 200 instead of 201).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createJourney`.
        """
        named: dict[str, Any] = {
            "create_journey_request": create_journey_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(_OP["create_journey"], (app_id, body), named, timeout)

    createJourney = create_journey

    def create_template(
        self,
        app_id: str | UUID | None = None,
        body: TemplateCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        create_template_request: TemplateCreateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Template:
        """Create a template.

        Saves a reusable push, email or SMS message in an app, usable from the dashboard and by
        `template_id` when sending through the API. A push template needs `contents` with an English
        (`en`) entry; an email template needs `isEmail: true` plus `email_subject` and `email_body`;
        an SMS template needs `isSMS: true` and `contents`. Any other property of the channel's
        message body is accepted as well. The channel must already be set up in the app.

        Needs the REST API key. `POST /templates`.

        Args:
            app_id: The app's id (sent in the body). Defaults to the client's `app_id`.
            body: A new template. Which fields matter depends on the channel: `contents` for push
                and SMS, `isEmail` with `email_subject` and `email_body` for email, `isSMS` for SMS.
                Other message properties of the channel are accepted too. A dict (snake_case or
                camelCase keys), a model or `onesignal.Notification`; body fields may also be passed
                as keywords.
            create_template_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The template that was created.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            UnprocessableEntityError: HTTP 422.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createTemplate`.

        Reference: https://documentation.onesignal.com/reference/create-template
        """
        named: dict[str, Any] = {
            "create_template_request": create_template_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(_OP["create_template"], (app_id, body), named, timeout)

    createTemplate = create_template

    def delete_alias(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        alias_label_to_delete: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UserIdentityResponse:
        """Remove an alias from a user.

        Removes one alias label from a user found by one of its aliases, without touching the user's
        other aliases, properties or subscriptions. The label removed may be the one used to find
        the user. `onesignal_id` can never be removed. The change is immediate.

        Needs the REST API key. `DELETE /apps/{app_id}/users/by/{alias_label}/{alias_id}/identity/{alias_label_to_delete}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            alias_label_to_delete: The label of the alias to remove, for example `external_id` or a
                custom label.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The aliases the user still has.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteAlias`.

        Reference: https://documentation.onesignal.com/reference/delete-alias
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["delete_alias"],
            (app_id, alias_label, alias_id, alias_label_to_delete),
            named,
            timeout,
        )

    deleteAlias = delete_alias

    def delete_api_key(
        self,
        app_id: str | UUID | None = None,
        token_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> ApiKeyEmptyResponse:
        """Delete an API key.

        Revokes an app API key for good: requests signed with it are refused from then on.
        `token_id` is the key's id from `view_api_keys` or `create_api_key`, not the secret. Needs
        the organization API key.

        Needs the organization API key. `DELETE /apps/{app_id}/auth/tokens/{token_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            token_id: The id of an app API key.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The key was revoked.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteApiKey`.

        Reference: https://documentation.onesignal.com/reference/delete-api-key
        """
        named: dict[str, Any] = {}
        return self._call(_OP["delete_api_key"], (app_id, token_id), named, timeout)

    deleteApiKey = delete_api_key

    def delete_journey(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> JourneyDeleteResponse | None:
        """Delete a journey.

        Deletes a journey from the app. To stop a running journey while keeping its history, use
        Update journey with `state: archived` instead.

        Needs the REST API key. `DELETE /apps/{app_id}/journeys/{journey_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The journey was deleted.
            HTTP 204: The journey was deleted (no body).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteJourney`.
        """
        named: dict[str, Any] = {}
        return self._call(_OP["delete_journey"], (app_id, journey_id), named, timeout)

    deleteJourney = delete_journey

    def delete_template(
        self,
        template_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> TemplateDeleteResponse:
        """Delete a template.

        Deletes a template for good. A template still used by a journey cannot be deleted until that
        journey is gone.

        Needs the REST API key. `DELETE /templates/{template_id}`.

        Args:
            template_id: The template's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The template was deleted.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteTemplate`.

        Reference: https://documentation.onesignal.com/reference/delete-template
        """
        named: dict[str, Any] = {}
        return self._call(_OP["delete_template"], (template_id, app_id), named, timeout)

    deleteTemplate = delete_template

    def duplicate_journey(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        body: JourneyDuplicateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        duplicate_journey_request: JourneyDuplicateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Journey:
        """Duplicate a journey.

        Copies a journey into a new draft journey in the same app. The body is optional in practice
        (send `{}` for a plain copy); any field under `overrides` is merged into the copy as a JSON
        Merge Patch, so you can rename it or swap its audience in the same call. The copy starts
        unscheduled and gets fresh node and branch ids.

        Needs the REST API key. `POST /apps/{app_id}/journeys/{journey_id}/duplicate`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            body: The body of Duplicate journey. Only `overrides` is read; send `{}` for a plain
                copy. A dict (snake_case or camelCase keys), a model or `onesignal.Notification`;
                body fields may also be passed as keywords.
            duplicate_journey_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 201: The copy was created; the body is the new journey.
            HTTP 200: The copy was created (some deployments answer 200 instead of 201).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `duplicateJourney`.
        """
        named: dict[str, Any] = {
            "duplicate_journey_request": duplicate_journey_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["duplicate_journey"], (app_id, journey_id, body), named, timeout
        )

    duplicateJourney = duplicate_journey

    def estimate_notification_recipients(
        self,
        app_id: str | UUID | None = None,
        body: NotificationEstimateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        estimate_notification_recipients_request: NotificationEstimateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> NotificationEstimateResult:
        """Estimate a message's audience.

        Counts how many recipients a message with this targeting would reach, without creating or
        sending anything (the same estimate the dashboard shows while composing).
        `included_segments` is required; `excluded_segments`, `filters`, `include_aliases` and
        `target_channel` narrow that audience. Any other message field is accepted and ignored.

        Needs the REST API key. `POST /notifications/count-unsaved`.

        Args:
            app_id: The app's id (sent in the body). Defaults to the client's `app_id`.
            body: The targeting of a draft message. Only these fields are read; other message fields
                are accepted and ignored. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            estimate_notification_recipients_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The estimated audience.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `estimateNotificationRecipients`.
        """
        named: dict[str, Any] = {
            "estimate_notification_recipients_request": estimate_notification_recipients_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["estimate_notification_recipients"], (app_id, body), named, timeout
        )

    estimateNotificationRecipients = estimate_notification_recipients

    def export_events(
        self,
        notification_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> ExportEventsResult:
        """Export a message's audience activity.

        Starts a gzip-compressed CSV of per-recipient events of one message (sent, delivered,
        clicked, failed, unsubscribed), like the dashboard's Audience Activity export. The file URL
        answers 404 until the file is ready (about 2,000 rows a second) and stays valid for 3 days.
        Only one export per account runs at a time.

        Needs the REST API key. `POST /notifications/{notification_id}/export_events`.

        Args:
            notification_id: The notification's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The export was started.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `exportEvents`.

        Reference: https://documentation.onesignal.com/reference/export-csv-of-events
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["export_events"], (notification_id, app_id), named, timeout
        )

    exportEvents = export_events

    def iter_events_export(
        self,
        notification_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
    ) -> Iterator[Row]:
        """Start `export_events` and yield the rows of its CSV file.

        Takes the arguments of `export_events`. The export starts when iteration begins; the
        file is then polled every `poll_interval` seconds until it exists (at most `timeout`
        seconds, then `ExportTimeoutError`) and decoded as it downloads, one dict per row.
        """
        named: dict[str, Any] = {}
        poll = self._poll("iter_events_export", None, poll_interval, timeout)
        return self._export_rows(
            self._start(_OP["export_events"], ((notification_id, app_id), named), poll)
        )

    def export_subscriptions(
        self,
        app_id: str | UUID | None = None,
        body: ExportSubscriptionsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        export_subscriptions_request_body: ExportSubscriptionsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ExportSubscriptionsResult:
        """Export subscriptions as CSV.

        Starts a gzip-compressed CSV of the app's subscriptions, optionally only one segment or only
        those active since a moment, with extra columns on request. The file URL answers 404 until
        the file is ready (about 2,000 rows a second) and stays valid for 3 days. Only one export
        per account runs at a time.

        Needs the REST API key. `POST /players/csv_export`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            body: Which subscriptions to export and which extra columns to add. A dict (snake_case
                or camelCase keys), a model or `onesignal.Notification`; body fields may also be
                passed as keywords.
            export_subscriptions_request_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The export was started.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `exportSubscriptions`.

        Reference: https://documentation.onesignal.com/reference/csv-export
        """
        named: dict[str, Any] = {
            "export_subscriptions_request_body": export_subscriptions_request_body,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(_OP["export_subscriptions"], (app_id, body), named, timeout)

    exportSubscriptions = export_subscriptions

    def iter_subscriptions_export(
        self,
        app_id: str | UUID | None = None,
        body: ExportSubscriptionsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        export_subscriptions_request_body: ExportSubscriptionsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Iterator[Row]:
        """Start `export_subscriptions` and yield the rows of its CSV file.

        Takes the arguments of `export_subscriptions`. The export starts when iteration begins; the
        file is then polled every `poll_interval` seconds until it exists (at most `timeout`
        seconds, then `ExportTimeoutError`) and decoded as it downloads, one dict per row.
        """
        named: dict[str, Any] = {
            "export_subscriptions_request_body": export_subscriptions_request_body,
            "extra_body": extra_body,
            **fields,
        }
        poll = self._poll("iter_subscriptions_export", None, poll_interval, timeout)
        return self._export_rows(
            self._start(_OP["export_subscriptions"], ((app_id, body), named), poll)
        )

    def get_email_provider_metrics(
        self,
        app_id: str | UUID | None = None,
        domain: str | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> EmailProviderMetricsResponse:
        """Get email inbox provider metrics.

        For apps sending with OneSignal Email: delivery, open, click, bounce, failure and spam
        complaint counts for one sending domain over a time range, broken down by inbox provider
        (Gmail, Outlook, Yahoo, Apple and others), to see where deliverability is slipping. `start`
        must be before `end` and at most 365 days ago. `providers` comes back empty when the domain
        is unknown to the app or not currently active for sending.

        Needs the REST API key. `GET /apps/{app_id}/email_analytics/provider_metrics`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            domain: The sending domain to report on, as configured for the app's email.
            start: Start of the time range, an ISO 8601 UTC timestamp. Must be before `end` and no
                more than 365 days ago.
            end: End of the time range, an ISO 8601 UTC timestamp after `start`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: Counts per inbox provider for the domain and range.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getEmailProviderMetrics`.
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["get_email_provider_metrics"],
            (app_id, domain, start, end),
            named,
            timeout,
        )

    getEmailProviderMetrics = get_email_provider_metrics

    def get_email_provider_metrics_timeseries(
        self,
        app_id: str | UUID | None = None,
        domain: str | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        granularity: GetEmailProviderMetricsTimeseriesGranularity | None = None,
        *,
        providers: list[str] | None = None,
        timeout: float | Timeout | None = None,
    ) -> EmailMetricsTimeseriesResponse:
        """Get email provider metrics over time.

        For apps sending with OneSignal Email: the same delivery, open, click, bounce, failure and
        spam complaint counts for one sending domain, bucketed by hour, day or month. Each event's
        counts are summed over the providers named in `providers[]` (repeat the parameter once per
        provider), or over every provider when it is left out. `start` must be before `end` and at
        most 365 days ago (60 days for `hourly`). `events` comes back empty when the domain is
        unknown to the app or not currently active for sending.

        Needs the REST API key. `GET /apps/{app_id}/email_analytics/provider_metrics_timeseries`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            domain: The sending domain to report on, as configured for the app's email.
            start: Start of the time range, an ISO 8601 UTC timestamp. Must be before `end`, and no
                more than 365 days ago (60 days ago with `hourly` granularity).
            end: End of the time range, an ISO 8601 UTC timestamp after `start`.
            granularity: Size of each time bucket.
            providers: Inbox providers to total over, such as gmail, outlook, yahoo or apple; repeat
                the parameter for each one (`providers[]=gmail&providers[]=yahoo`). Leave it out to
                total over all providers.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: A time series per email event for the domain and range.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getEmailProviderMetricsTimeseries`.
        """
        named: dict[str, Any] = {"providers": providers}
        return self._call(
            _OP["get_email_provider_metrics_timeseries"],
            (app_id, domain, start, end, granularity),
            named,
            timeout,
        )

    getEmailProviderMetricsTimeseries = get_email_provider_metrics_timeseries

    def get_email_reputation(
        self,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> EmailReputationResponse:
        """Get email reputation statistics.

        Returns the app's email bounce rate and spam complaint rate over the last 24 hours, 7 days
        and 30 days, across all email it sent. Each rate is a fraction of the emails delivered in
        that window (0.02 is 2%) and is 0 when nothing was delivered. Gmail does not report
        complaints back, so the complaint rate leaves Gmail complaints out.

        Needs the REST API key. `GET /apps/{app_id}/email_analytics/delivery_metrics`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: Bounce and complaint rates per time window.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getEmailReputation`.
        """
        named: dict[str, Any] = {}
        return self._call(_OP["get_email_reputation"], (app_id,), named, timeout)

    getEmailReputation = get_email_reputation

    def get_segment(
        self,
        app_id: str | UUID | None = None,
        segment_id: str | UUID | None = None,
        *,
        include_segment_detail: bool | None = None,
        timeout: float | Timeout | None = None,
    ) -> SegmentDetailResponse:
        """View a segment.

        Returns how many subscriptions a segment currently holds. With `include-segment-detail=true`
        it also returns the segment's name, source and filters, in the same format `create_segment`
        and `update_segment` accept. Segments built on message or custom events cannot be read this
        way and answer 400.

        Needs the REST API key. `GET /apps/{app_id}/segments/{segment_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            segment_id: The segment's id (a UUID).
            include_segment_detail: When true, the answer also carries `payload` with the segment's
                metadata and filters; false when left out. The Python client calls this argument
                `include_segment_detail`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The segment's size, and its definition when asked for.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getSegment`.

        Reference: https://documentation.onesignal.com/reference/view-segment
        """
        named: dict[str, Any] = {"include_segment_detail": include_segment_detail}
        return self._call(_OP["get_segment"], (app_id, segment_id), named, timeout)

    getSegment = get_segment

    def list_audit_logs(
        self,
        organization_id: str | UUID | None = None,
        *,
        start_time: datetime.datetime | str | None = None,
        end_time: datetime.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        app_ids: list[str] | None = None,
        actions: list[str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        target_types: list[str] | None = None,
        target_ids: list[str] | None = None,
        ip_addresses: list[str] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AuditLogListResponse:
        """List audit logs.

        Returns the organization's audit trail (who did what, when and from where), oldest first,
        one page at a time. The first request needs `start_time` (at most 90 days back, and not
        before 2026-02-18T00:00:00Z); when `has_more` is true, pass `next_cursor` as `cursor` to get
        the next page, without the time range. The list filters (`app_ids`, `actions`, ...) are
        arrays sent by repeating the parameter
        (`actions=segment.created&actions=notification.sent`). Needs the organization API key and an
        Enterprise plan with audit logs enabled.

        Needs the organization API key. `GET /organizations/{organization_id}/audit_logs`.

        Args:
            organization_id: The organization's id (a UUID); it must match the organization API key.
            start_time: Start of the time range, ISO 8601. Required unless `cursor` is given; at
                most 90 days ago.
            end_time: End of the time range, ISO 8601, after `start_time`. Defaults to now.
            cursor: The `next_cursor` of the previous page. When given, `start_time` and `end_time`
                are ignored.
            limit: Events per page, from 1 to 100 (values outside are clamped).
            app_ids: Only events of these apps (up to 10 app ids). Organization-level events are
                always included.
            actions: Only these actions (up to 20), such as `segment.created` or
                `notification.sent`.
            actor_ids: Only events performed by these actors (user or service ids, up to 10).
            actor_emails: Only events performed by users with these email addresses (up to 10).
            target_types: Only events on these kinds of resources, such as `segment`, `template` or
                `notification` (up to 10).
            target_ids: Only events on these resource ids (up to 10).
            ip_addresses: Only events made from these IP addresses (up to 10).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of audit events.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `listAuditLogs`.

        Reference: https://documentation.onesignal.com/reference/list-audit-logs
        """
        named: dict[str, Any] = {
            "start_time": start_time,
            "end_time": end_time,
            "cursor": cursor,
            "limit": limit,
            "app_ids": app_ids,
            "actions": actions,
            "actor_ids": actor_ids,
            "actor_emails": actor_emails,
            "target_types": target_types,
            "target_ids": target_ids,
            "ip_addresses": ip_addresses,
        }
        return self._call(_OP["list_audit_logs"], (organization_id,), named, timeout)

    listAuditLogs = list_audit_logs

    def iter_audit_logs(
        self,
        organization_id: str | UUID | None = None,
        *,
        start_time: datetime.datetime | str | None = None,
        end_time: datetime.datetime | str | None = None,
        app_ids: list[str] | None = None,
        actions: list[str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        target_types: list[str] | None = None,
        target_ids: list[str] | None = None,
        ip_addresses: list[str] | None = None,
        page_size: int = 100,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> Iterator[AuditLogEvent]:
        """Every item of `list_audit_logs`, page after page.

        Takes the arguments of `list_audit_logs` but its paging ones: one page of `page_size`
        items (at most 100) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {
            "start_time": start_time,
            "end_time": end_time,
            "app_ids": app_ids,
            "actions": actions,
            "actor_ids": actor_ids,
            "actor_emails": actor_emails,
            "target_types": target_types,
            "target_ids": target_ids,
            "ip_addresses": ip_addresses,
        }
        op = _OP["list_audit_logs"]
        return self._iter_pages(
            op, (organization_id,), named, page_size, page_interval, timeout
        )

    def rotate_api_key(
        self,
        app_id: str | UUID | None = None,
        token_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> ApiKeyRotateResponse:
        """Rotate an API key.

        Replaces an API key's secret with a new one, keeping its id, name and IP allowlist. The old
        secret stops working at once. The new secret is in `formatted_token` and is shown only this
        once. Use it when a key leaked or was lost. Needs the organization API key.

        Needs the organization API key. `POST /apps/{app_id}/auth/tokens/{token_id}/rotate`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            token_id: The id of an app API key.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The key's new secret.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `rotateApiKey`.

        Reference: https://documentation.onesignal.com/reference/rotate-api-key
        """
        named: dict[str, Any] = {}
        return self._call(_OP["rotate_api_key"], (app_id, token_id), named, timeout)

    rotateApiKey = rotate_api_key

    def start_live_activity(
        self,
        app_id: str | UUID | None = None,
        activity_type: str | None = None,
        body: LiveActivityStartRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        start_live_activity_request: LiveActivityStartRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> LiveActivityStartResponse:
        """Start a Live Activity remotely (push-to-start).

        Starts a new Live Activity on the targeted iOS devices without the app being open, using
        their push-to-start tokens (iOS 17.2+). `activity_type` names the `ActivityAttributes`
        struct to instantiate; `event_attributes` fills its static fields and `event_updates` its
        initial content state. Pick one way of targeting: aliases, subscription ids, segments, or
        filters. Keep the `activity_id` you choose: later updates address the activity by it.

        Needs the REST API key. `POST /apps/{app_id}/activities/activity/{activity_type}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            activity_type: The name of the `ActivityAttributes` struct defined in the app, such as
                `MatchScoreAttributes`.
            body: A push-to-start request: the audience, the id to give the new activity and its
                initial attributes and state. Use one targeting method only. A dict (snake_case or
                camelCase keys), a model or `onesignal.Notification`; body fields may also be passed
                as keywords.
            start_live_activity_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The push-to-start notification was accepted.
            HTTP 201: The push-to-start notification was created (the status code the current
                reference lists).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `startLiveActivity`.

        Reference: https://documentation.onesignal.com/reference/start-live-activity
        """
        named: dict[str, Any] = {
            "start_live_activity_request": start_live_activity_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["start_live_activity"], (app_id, activity_type, body), named, timeout
        )

    startLiveActivity = start_live_activity

    def unsubscribe_email_with_token(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        token: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UnsubscribeEmailResult:
        """Unsubscribe an email address with its token.

        Turns off the email subscription that received a given email, for a custom unsubscribe page.
        The page takes `app_id`, the message id and the unsubscribe token from the link in the email
        (Liquid `{{subscription.unsubscribe_token}}`) and calls this. The subscription can be turned
        back on with the subscription update operation. Needs no API key: the token from the email
        is the credential, so a public unsubscribe page can call it.

        Needs no key (it sends none). `POST /apps/{app_id}/notifications/{notification_id}/unsubscribe`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            notification_id: The notification's id (a UUID).
            token: The unsubscribe token that OneSignal put into the email's unsubscribe link.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 202: The email subscription is being unsubscribed.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `unsubscribeEmailWithToken`.

        Reference: https://documentation.onesignal.com/reference/unsubscribe-with-token
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["unsubscribe_email_with_token"],
            (app_id, notification_id, token),
            named,
            timeout,
        )

    unsubscribeEmailWithToken = unsubscribe_email_with_token

    def update_api_key(
        self,
        app_id: str | UUID | None = None,
        token_id: str | None = None,
        body: ApiKeyUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_api_key_request: ApiKeyUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ApiKeyEmptyResponse:
        """Update an API key.

        Changes an API key's name or IP allowlist without changing the key itself. Fields left out
        keep their values. OneSignal answers with an empty object; read the key again with
        `view_api_keys` to see the result. Needs the organization API key.

        Needs the organization API key. `PATCH /apps/{app_id}/auth/tokens/{token_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            token_id: The id of an app API key.
            body: Changes to an app API key; fields left out keep their values. A dict (snake_case
                or camelCase keys), a model or `onesignal.Notification`; body fields may also be
                passed as keywords.
            update_api_key_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The key was updated.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateApiKey`.

        Reference: https://documentation.onesignal.com/reference/update-api-key
        """
        named: dict[str, Any] = {
            "update_api_key_request": update_api_key_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_api_key"], (app_id, token_id, body), named, timeout
        )

    updateApiKey = update_api_key

    def update_journey(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        body: JourneyUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_journey_request: JourneyUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Journey:
        """Update a journey.

        Changes a journey's settings, its node graph or its state. `nodes`, when sent, replaces the
        whole graph: keep each existing node's `id` to leave users already waiting there in place,
        and leave `id` out to add a node. Set `state` to `active` to start a draft, to `scheduled`
        together with a future `schedule.start_at`, to `archived` to stop it for good, or back to
        `draft` from `scheduled`. Send the `concurrency_key` from your last read to get a 409
        instead of overwriting someone else's change.

        Needs the REST API key. `PATCH /apps/{app_id}/journeys/{journey_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            body: The body of Update journey. Every field is optional; fields left out stay as they
                are. A dict (snake_case or camelCase keys), a model or `onesignal.Notification`;
                body fields may also be passed as keywords.
            update_journey_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The journey after the change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateJourney`.
        """
        named: dict[str, Any] = {
            "update_journey_request": update_journey_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_journey"], (app_id, journey_id, body), named, timeout
        )

    updateJourney = update_journey

    def update_journey_node(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        node_id: str | UUID | None = None,
        body: JourneyNodeUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_journey_node_request: JourneyNodeUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Journey:
        """Update a journey node.

        Changes the settings of one node in place (for example the template a send step uses or how
        long a wait step holds users) without resending the whole graph. Only the fields that apply
        to the node's kind are accepted; the node's kind and id cannot change. An optional
        `concurrency_key` guards against a concurrent edit of the journey (409).

        Needs the REST API key. `PATCH /apps/{app_id}/journeys/{journey_id}/nodes/{node_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            node_id: The server-assigned id of the node to change (a UUID, from View journey).
            body: The body of Update journey node: the node settings to change. Only fields that
                apply to the node's kind are accepted. A dict (snake_case or camelCase keys), a
                model or `onesignal.Notification`; body fields may also be passed as keywords.
            update_journey_node_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The journey after the node change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateJourneyNode`.
        """
        named: dict[str, Any] = {
            "update_journey_node_request": update_journey_node_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_journey_node"],
            (app_id, journey_id, node_id, body),
            named,
            timeout,
        )

    updateJourneyNode = update_journey_node

    def update_segment(
        self,
        app_id: str | UUID | None = None,
        segment_id: str | UUID | None = None,
        body: SegmentUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_segment_request: SegmentUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SegmentSaveResponse:
        """Update a segment.

        Renames a segment, changes its description, or replaces its filters. `name` must always be
        sent, even when it stays the same. Sending `filters` replaces every existing filter (the
        list cannot be empty); leaving it out keeps them. An empty `description` clears it. A
        segment used by an active Journey cannot be changed here.

        Needs the REST API key. `PATCH /apps/{app_id}/segments/{segment_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            segment_id: The segment's id (a UUID).
            body: Changes to a segment. `name` is always required; `filters`, when given, replaces
                all existing filters. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            update_segment_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The segment was updated.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateSegment`.

        Reference: https://documentation.onesignal.com/reference/update-segment
        """
        named: dict[str, Any] = {
            "update_segment_request": update_segment_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_segment"], (app_id, segment_id, body), named, timeout
        )

    updateSegment = update_segment

    def update_subscription_by_token(
        self,
        app_id: str | UUID | None = None,
        token_type: UpdateSubscriptionByTokenTokenType | None = None,
        token: str | None = None,
        body: SubscriptionTokenUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        subscription_body: SubscriptionTokenUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SubscriptionAcceptedResponse:
        """Update a subscription found by its token.

        Changes the properties of a subscription found by its channel type and token (push token,
        email address or phone number), for example to honour an opt-out from your own preference
        page without storing subscription ids. The type and token themselves cannot be changed here.
        If several subscriptions match, nothing is changed and a 400 lists their ids. Applied
        asynchronously.

        Needs the REST API key. `PATCH /apps/{app_id}/subscriptions_by_token/{token_type}/{token}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            token_type: The subscription's channel type; it must match the kind of `token` given.
            token: The subscription's token: an email address for `Email`, an E.164 phone number for
                `SMS`, or the push token for the push types (URL-encode it in the path).
            body: Changes to one subscription found by its type and token. A dict (snake_case or
                camelCase keys), a model or `onesignal.Notification`; body fields may also be passed
                as keywords.
            subscription_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 202: The update was accepted and will be applied within a few seconds.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateSubscriptionByToken`.

        Reference: https://documentation.onesignal.com/reference/update-subscription-by-token
        """
        named: dict[str, Any] = {
            "subscription_body": subscription_body,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_subscription_by_token"],
            (app_id, token_type, token, body),
            named,
            timeout,
        )

    updateSubscriptionByToken = update_subscription_by_token

    def update_template(
        self,
        template_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        body: TemplateUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_template_request: TemplateUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Template:
        """Update a template.

        Changes a template in place, with the same fields as creating one (all optional here). The
        change applies at once: every later message built from this template uses the new content.
        Answers with the template as it is now.

        Needs the REST API key. `PATCH /templates/{template_id}`.

        Args:
            template_id: The template's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            body: The fields of a template to change; anything left out keeps its value, except
                `name`, which OneSignal's reference requires on every update. The same channel rules
                as at creation apply. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            update_template_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The template after the change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateTemplate`.

        Reference: https://documentation.onesignal.com/reference/update-template
        """
        named: dict[str, Any] = {
            "update_template_request": update_template_request,
            "extra_body": extra_body,
            **fields,
        }
        return self._call(
            _OP["update_template"], (template_id, app_id, body), named, timeout
        )

    updateTemplate = update_template

    def view_api_keys(
        self,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> ApiKeyListResponse:
        """View API keys.

        Lists the app's API keys (Rich Authentication Tokens) with their names, IP allowlist
        settings and timestamps. The secret itself is never included: it is shown only once, when a
        key is created or rotated. Needs the organization API key.

        Needs the organization API key. `GET /apps/{app_id}/auth/tokens`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The app's API keys, oldest first.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewApiKeys`.

        Reference: https://documentation.onesignal.com/reference/view-api-keys
        """
        named: dict[str, Any] = {}
        return self._call(_OP["view_api_keys"], (app_id,), named, timeout)

    viewApiKeys = view_api_keys

    def view_journey(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> Journey:
        """View a journey.

        Returns one journey in full: its audience, early-exit and re-entry rules, schedule, the
        ordered node graph with server-assigned node and branch ids, and the `concurrency_key` to
        send back with a guarded update.

        Needs the REST API key. `GET /apps/{app_id}/journeys/{journey_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The journey.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewJourney`.
        """
        named: dict[str, Any] = {}
        return self._call(_OP["view_journey"], (app_id, journey_id), named, timeout)

    viewJourney = view_journey

    def view_journey_stats(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> JourneyStats:
        """View journey stats.

        Returns lifetime counts for a journey: users who started, completed or exited early, plus
        per-node counts (waiting, completed, exited early, and delivery totals for send steps) and
        per-branch counts, keyed by the node and branch ids of View journey. Journey-level counts
        are per user; message totals are per subscription.

        Needs the REST API key. `GET /apps/{app_id}/journeys/{journey_id}/stats`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The journey's stats.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewJourneyStats`.
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["view_journey_stats"], (app_id, journey_id), named, timeout
        )

    viewJourneyStats = view_journey_stats

    def view_journeys(
        self,
        app_id: str | UUID | None = None,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | Timeout | None = None,
    ) -> JourneyListResponse:
        """View journeys.

        Lists the app's journeys, newest first, in a summary form (no description, nodes, early exit
        or concurrency key; fetch View journey for those). Paging is forward-only: leave out
        `cursor` on the first call, then pass back each answer's `next_cursor` unchanged while
        `has_more` is true.

        Needs the REST API key. `GET /apps/{app_id}/journeys`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            cursor: The opaque `next_cursor` from the previous page. Send it back exactly as
                received; omit it to start at the newest journey.
            limit: How many journeys to return on this page (at most 50).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of journeys.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewJourneys`.
        """
        named: dict[str, Any] = {"cursor": cursor, "limit": limit}
        return self._call(_OP["view_journeys"], (app_id,), named, timeout)

    viewJourneys = view_journeys

    def iter_journeys(
        self,
        app_id: str | UUID | None = None,
        *,
        page_size: int = 50,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> Iterator[JourneyListItem]:
        """Every item of `view_journeys`, page after page.

        Takes the arguments of `view_journeys` but its paging ones: one page of `page_size`
        items (at most 50) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {}
        op = _OP["view_journeys"]
        return self._iter_pages(op, (app_id,), named, page_size, page_interval, timeout)

    def view_template(
        self,
        template_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> Template:
        """View a template.

        Returns one template with its full content: the message texts, the channel it sends on, the
        platforms it targets and when it was created and last changed.

        Needs the REST API key. `GET /templates/{template_id}`.

        Args:
            template_id: The template's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The template.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewTemplate`.

        Reference: https://documentation.onesignal.com/reference/view-template
        """
        named: dict[str, Any] = {}
        return self._call(_OP["view_template"], (template_id, app_id), named, timeout)

    viewTemplate = view_template

    def view_templates(
        self,
        app_id: str | UUID | None = None,
        *,
        limit: int | None = None,
        offset: int | None = None,
        channel: ViewTemplatesChannel | None = None,
        timeout: float | Timeout | None = None,
    ) -> TemplateListResponse:
        """List templates.

        Lists an app's templates, up to 50 at a time, as summaries (id, name and timestamps, no
        message content; fetch one template for that). Page through with `offset`, and narrow to one
        channel with `channel`.

        Needs the REST API key. `GET /templates`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            limit: How many templates to return; 50 at most, and 50 when left out.
            offset: How many templates to skip before the first one returned.
            channel: Return only templates of this channel.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of templates.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewTemplates`.

        Reference: https://documentation.onesignal.com/reference/view-templates
        """
        named: dict[str, Any] = {"limit": limit, "offset": offset, "channel": channel}
        return self._call(_OP["view_templates"], (app_id,), named, timeout)

    viewTemplates = view_templates

    def iter_templates(
        self,
        app_id: str | UUID | None = None,
        *,
        channel: ViewTemplatesChannel | None = None,
        page_size: int = 50,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> Iterator[Template]:
        """Every item of `view_templates`, page after page.

        Takes the arguments of `view_templates` but its paging ones: one page of `page_size`
        items (at most 50) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {"channel": channel}
        op = _OP["view_templates"]
        return self._iter_pages(op, (app_id,), named, page_size, page_interval, timeout)

    def begin_live_activity(
        self,
        app_id: str | UUID | None = None,
        activity_id: str | None = None,
        body: LiveActivityTokenRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Register a Live Activity push token.

        Links the update push token that iOS issued for a running Live Activity to the subscription
        of the device showing it, so that later updates for this `activity_id` reach that device.
        The iOS SDK normally does this itself; call it from a server only when you start activities
        outside the SDK. Answers with no body.

        Needs the REST API key. `POST /apps/{app_id}/live_activities/{activity_id}/token`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            activity_id: The Live Activity's id, chosen by your app when it started the activity.
            body: An update push token that iOS issued for one device's copy of a Live Activity. A
                dict (snake_case or camelCase keys), a model or `onesignal.Notification`; body
                fields may also be passed as keywords.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 204: The token is registered for this activity; no body.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `beginLiveActivity`.
        """
        named: dict[str, Any] = {"extra_body": extra_body, **fields}
        return self._call(
            _OP["begin_live_activity"], (app_id, activity_id, body), named, timeout
        )

    beginLiveActivity = begin_live_activity

    def end_live_activity(
        self,
        app_id: str | UUID | None = None,
        activity_id: str | None = None,
        subscription_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Unregister a Live Activity push token.

        Removes the link between a subscription and the Live Activity with this id, for example
        after the user dismissed the activity on that device. The subscription then no longer
        receives updates for the activity. Answers with no body.

        Needs the REST API key. `DELETE /apps/{app_id}/live_activities/{activity_id}/token/{subscription_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            activity_id: The Live Activity's id, chosen by your app when it started the activity.
            subscription_id: The subscription's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 204: The subscription is no longer tied to this activity; no body.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `endLiveActivity`.
        """
        named: dict[str, Any] = {}
        return self._call(
            _OP["end_live_activity"],
            (app_id, activity_id, subscription_id),
            named,
            timeout,
        )

    endLiveActivity = end_live_activity

    def create_notification_with_retry(
        self,
        notification: Notification | RequestBody | Mapping[str, Any] | None = None,
        max_retries: int = 3,
        base_delay: float = 1.0,
        *,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateNotificationWithRetryResult:
        """`create_notification`, with the official SDK's name and result.

        Every `create_notification` here already retries safely (one `idempotency_key` across
        attempts); this form also takes the official SDK's `max_retries` and `base_delay`
        (seconds, clamped to 1-60) and returns `(response, was_replayed)`, where
        `was_replayed` says OneSignal answered from an earlier, identical request.
        """
        replay = self._replay(max_retries, base_delay)
        named = {"extra_body": extra_body, **fields}
        prepared = replay._prepare(
            _OP["create_notification"], (notification,), named, timeout
        )
        return replay._replayed(prepared, replay._send(prepared))

    def wait_for_export(
        self,
        url: str,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        on_progress: Progress | None = None,
    ) -> None:
        """Return once the export file at `url` exists; check every `poll_interval` seconds.

        Raises `ExportTimeoutError` after `timeout` seconds. A 403 or 404 means "not yet" and
        a connection failure is tried again at the next check; any other error status raises.
        `on_progress(attempt, elapsed_seconds)` is called each time the file is not there yet.
        Requests to the storage host never carry the OneSignal key.
        """
        poll = self._poll("wait_for_export", url, poll_interval, timeout, on_progress)
        self._wait(poll)

    def iter_export_rows(
        self, url: str, *, poll_interval: float = 10.0, timeout: float = 600.0
    ) -> Iterator[Row]:
        """Wait for the export file at `url` (as `wait_for_export`), then yield its rows as
        dicts keyed by the header, decoding the download (CSV or gzip CSV) as it arrives."""
        return self._export_rows(
            self._poll("iter_export_rows", url, poll_interval, timeout)
        )

    def send_to_external_ids(
        self,
        notification: Notification | RequestBody | Mapping[str, Any],
        external_ids: Iterable[str],
        *,
        app_id: str | UUID | None = None,
        chunk_size: int = 20_000,
        concurrency: int = 4,
        idempotency_key: str | UUID | None = None,
    ) -> BulkSendResult:
        """Send `notification` to any number of users by external id, `chunk_size` ids per
        create_notification (OneSignal takes at most 20,000), `concurrency` chunks at a time.

        The notification must not carry another audience; `target_channel` defaults to
        "push". Each chunk gets its own idempotency key derived from `idempotency_key` (or the
        notification's own key, or a new one): repeat a send with `result.idempotency_key` and
        OneSignal drops the chunks it already took. Duplicate ids are sent once. Returns every
        chunk's outcome; a failed chunk does not stop the others (see
        `BulkSendResult.raise_for_failures`).
        """
        plan = self._send_plan(
            notification, external_ids, app_id, chunk_size, concurrency, idempotency_key
        )
        return self._run_plan(plan)

    def update_tags_bulk(
        self,
        tags_by_external_id: Mapping[str, Mapping[str, str]],
        *,
        app_id: str | UUID | None = None,
        alias_label: str = "external_id",
        concurrency: int = 4,
    ) -> BulkResult[TagOutcome]:
        """Set data tags on many users: one update_user per user (OneSignal has no call that
        tags several users at once), `concurrency` at a time. An empty string as a value
        deletes that tag. Returns every user's outcome; failures do not stop the others.
        """
        plan = self._tags_plan(tags_by_external_id, app_id, alias_label, concurrency)
        return self._run_plan(plan)


class AsyncMethods(AsyncCore):
    """Every operation of the OneSignal REST API, as coroutines."""

    async def create_app(
        self,
        body: AppCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        app: AppCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> App:
        """Create an app.

        Creates a new OneSignal app inside an organization (`organization_id`, which the
        organization API key must belong to), optionally with its push credentials for web, Android
        and iOS set up at once. `name` and `organization_id` are required (older versions of the
        reference made `organization_id` optional, creating a new organization without it). Email
        and SMS settings cannot be set here; configure them in the dashboard. For web push,
        `site_name`, `chrome_web_origin` and `safari_site_origin` go together in one request. Needs
        the organization API key.

        Needs the organization API key. `POST /apps`.

        Args:
            body: A new app. `name` and `organization_id` are required (OneSignal's current
                reference); any platform setting may be given at once. For web push, send
                `site_name`, `chrome_web_origin` and `safari_site_origin` together. The read-only
                fields of an app (`id`, counts, timestamps, certificates on file, derived Safari
                icons) are accepted and ignored, so an `App` object can be sent as it is. A dict
                (snake_case or camelCase keys), a model or `onesignal.Notification`; body fields may
                also be passed as keywords.
            app: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The app that was created, with its new id.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createApp`.

        Reference: https://documentation.onesignal.com/reference/create-an-app
        """
        named: dict[str, Any] = {"app": app, "extra_body": extra_body, **fields}
        return await self._call(_OP["create_app"], (body,), named, timeout)

    createApp = create_app
    createAppAsync = create_app

    async def get_app(
        self,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> App:
        """View an app.

        Returns the configuration of one OneSignal app: its name, platform credentials and player
        counts. Needs the organization API key.

        Needs the organization API key. `GET /apps/{app_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The app.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getApp`.

        Reference: https://documentation.onesignal.com/reference/view-an-app
        """
        named: dict[str, Any] = {}
        return await self._call(_OP["get_app"], (app_id,), named, timeout)

    getApp = get_app
    getAppAsync = get_app

    async def get_apps(
        self,
        *,
        timeout: float | Timeout | None = None,
    ) -> list[App]:
        """View all apps.

        Lists the apps the organization API key can see, with their ids, names, subscription counts
        and timestamps. OneSignal returns at most 1000 apps here; keep your own list of app ids if
        you manage more and read each one with `get_app`. App API keys are never part of this
        answer. Needs the organization API key.

        Needs the organization API key. `GET /apps`.

        Args:
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The apps, as a JSON array.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getApps`.

        Reference: https://documentation.onesignal.com/reference/view-apps
        """
        named: dict[str, Any] = {}
        return await self._call(_OP["get_apps"], (), named, timeout)

    getApps = get_apps
    getAppsAsync = get_apps

    async def update_app(
        self,
        app_id: str | UUID | None = None,
        body: AppUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        app: AppUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> App:
        """Update an app.

        Changes the name or platform settings of an existing app. Send the fields to change; sending
        back an app read with `get_app` with a few fields edited also works, since the read-only
        fields (`id`, counts, timestamps) are ignored. The organization API key must belong to the
        app's organization. For Safari web push, `safari_apns_p12` and `safari_apns_p12_password`
        must be sent too (as empty strings when you have no certificate of your own).

        Needs the organization API key. `PUT /apps/{app_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: Changes to an app; every field is optional. An app as returned by `get_app` is
                accepted too: `id`, `players`, `messageable_players`, `created_at`, `updated_at` and
                `basic_auth_key` are then ignored. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            app: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The app after the update.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateApp`.

        Reference: https://documentation.onesignal.com/reference/update-an-app
        """
        named: dict[str, Any] = {"app": app, "extra_body": extra_body, **fields}
        return await self._call(_OP["update_app"], (app_id, body), named, timeout)

    updateApp = update_app
    updateAppAsync = update_app

    async def create_segment(
        self,
        app_id: str | UUID | None = None,
        body: SegmentCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        segment: SegmentCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SegmentSaveResponse:
        """Create a segment.

        Creates a segment from a list of filters, the same conditions the dashboard offers.
        Conditions next to each other must all match; an `{"operator": "OR"}` entry splits the list
        into alternatives. At most 200 entries, counting the OR entries. The new segment can then be
        targeted by name in `included_segments` and `excluded_segments`. Requires a paid plan.

        Needs the REST API key. `POST /apps/{app_id}/segments`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: A new segment. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            segment: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 201: The segment was created.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createSegment`, `createSegments`.

        Reference: https://documentation.onesignal.com/reference/create-segments
        """
        named: dict[str, Any] = {"segment": segment, "extra_body": extra_body, **fields}
        return await self._call(_OP["create_segment"], (app_id, body), named, timeout)

    createSegment = create_segment
    createSegments = create_segment
    createSegmentAsync = create_segment
    createSegmentsAsync = create_segment

    async def get_segments(
        self,
        app_id: str | UUID | None = None,
        *,
        offset: int | None = None,
        limit: int | None = None,
        timeout: float | Timeout | None = None,
    ) -> SegmentListResponse:
        """View segments.

        Lists the app's segments with their ids, names and flags, oldest first (sorted by
        `created_at`). Page through them with `offset` and `limit` (at most 300 per page). The
        filters of a segment are not included; read them with `get_segment`.

        Needs the REST API key. `GET /apps/{app_id}/segments`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            offset: How many segments to skip from the start of the list (oldest first); 0 when left
                out.
            limit: How many segments to return at most. 300 is both the default and the maximum.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of segments.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getSegments`.

        Reference: https://documentation.onesignal.com/reference/view-segments
        """
        named: dict[str, Any] = {"offset": offset, "limit": limit}
        return await self._call(_OP["get_segments"], (app_id,), named, timeout)

    getSegments = get_segments
    getSegmentsAsync = get_segments

    def iter_segments(
        self,
        app_id: str | UUID | None = None,
        *,
        page_size: int = 300,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncIterator[Segment]:
        """Every item of `get_segments`, page after page (`async for`).

        Takes the arguments of `get_segments` but its paging ones: one page of `page_size`
        items (at most 300) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {}
        op = _OP["get_segments"]
        return self._iter_pages(op, (app_id,), named, page_size, page_interval, timeout)

    async def delete_segment(
        self,
        app_id: str | UUID | None = None,
        segment_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> SegmentDeleteResponse:
        """Delete a segment.

        Deletes a segment for good; it cannot be restored, only created again. Subscriptions in it
        are not affected. The segment id is shown in the dashboard URL of the segment and in
        `get_segments`.

        Needs the REST API key. `DELETE /apps/{app_id}/segments/{segment_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            segment_id: The segment's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The segment was deleted.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteSegment`, `deleteSegments`.

        Reference: https://documentation.onesignal.com/reference/delete-segments
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["delete_segment"], (app_id, segment_id), named, timeout
        )

    deleteSegment = delete_segment
    deleteSegments = delete_segment
    deleteSegmentAsync = delete_segment
    deleteSegmentsAsync = delete_segment

    async def get_outcomes(
        self,
        app_id: str | UUID | None = None,
        outcome_names: str | None = None,
        *,
        outcome_time_range: GetOutcomesOutcomeTimeRange | None = None,
        outcome_platforms: str | None = None,
        outcome_attribution: GetOutcomesOutcomeAttribution | None = None,
        outcome_names2: list[str] | None = None,
        timeout: float | Timeout | None = None,
    ) -> OutcomeListResponse:
        """View outcomes.

        Returns aggregated outcome metrics for the app: OneSignal's own outcomes (`os__click`,
        `os__confirmed_delivery`, `os__session_duration`) and custom outcomes your app reports.
        Narrow them by time range, platform and attribution. Outcome data is kept for about 30 days,
        so export it regularly if you need a longer history.

        Needs the REST API key. `GET /apps/{app_id}/outcomes`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            outcome_names: Comma-separated outcome names, each followed by its aggregation: `.count`
                or `.sum` (for example `os__click.count,Purchase.sum`). Built-in outcomes start with
                `os__`; `os__click` only supports `.count`. Optional, as in OneSignal's reference:
                the names may come as `outcome_names[]` values instead, one name per value, which is
                the form for a custom name that itself contains a comma.
            outcome_time_range: The period to aggregate: `1h` (last hour, the default), `1d` (last
                day) or `1mo` (last month).
            outcome_platforms: Comma-separated device type ids to count, such as `0` (iOS), `1`
                (Android), `2` (Fire OS), `5` (Chrome), `8` (Firefox), `11` (email), `14` (SMS),
                `17` (Safari). All platforms of the app are counted when left out.
            outcome_attribution: Which outcomes to count: `direct` (after a notification was
                opened), `influenced` (after one was received), `unattributed`, or `total` (all
                three, the default).
            outcome_names2: `outcome_names[]`: One outcome name with its aggregation per value,
                repeated (`outcome_names[]=os__click.count&outcome_names[]=Sales, Purchase.count`):
                the form for custom names that contain a comma. The official SDK calls it
                `outcome_names2`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One entry per requested outcome.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getOutcomes`.

        Reference: https://documentation.onesignal.com/reference/view-outcomes
        """
        named: dict[str, Any] = {
            "outcome_time_range": outcome_time_range,
            "outcome_platforms": outcome_platforms,
            "outcome_attribution": outcome_attribution,
            "outcome_names2": outcome_names2,
        }
        return await self._call(
            _OP["get_outcomes"], (app_id, outcome_names), named, timeout
        )

    getOutcomes = get_outcomes
    getOutcomesAsync = get_outcomes

    async def update_live_activity(
        self,
        app_id: str | UUID | None = None,
        activity_id: str | None = None,
        body: LiveActivityUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_live_activity_request: LiveActivityUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> LiveActivityUpdateResponse:
        """Update or end a Live Activity.

        Pushes a new content state to every device running the Live Activity with this id, or ends
        it. With `event: update` the activity redraws from `event_updates`, whose keys must be
        exactly those of the `ContentState` struct in the app's widget extension; with `event: end`
        the activity stops and is removed at `dismissal_date` (or after iOS's default of up to four
        hours). An ended activity cannot be updated again. Answers with the id of the push that
        carried the change.

        Needs the REST API key. `POST /apps/{app_id}/live_activities/{activity_id}/notifications`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            activity_id: The Live Activity's id, chosen by your app when it started the activity.
            body: A change of state for a running Live Activity, or the order to end it. A dict
                (snake_case or camelCase keys), a model or `onesignal.Notification`; body fields may
                also be passed as keywords.
            update_live_activity_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The update push was accepted.
            HTTP 201: The update push was created (the status code the current reference lists).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateLiveActivity`.

        Reference: https://documentation.onesignal.com/reference/update-live-activity-api
        """
        named: dict[str, Any] = {
            "update_live_activity_request": update_live_activity_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_live_activity"], (app_id, activity_id, body), named, timeout
        )

    updateLiveActivity = update_live_activity
    updateLiveActivityAsync = update_live_activity

    async def create_user(
        self,
        app_id: str | UUID | None = None,
        body: UserCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        user: UserCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> User:
        """Create a user.

        Creates a user from its aliases, properties and subscriptions, or, when an alias or a
        subscription in the body already belongs to a user, adds the new data to that user. At least
        one alias (preferably `external_id`) or one subscription must be sent. A user holds at most
        20 subscriptions; a subscription whose `type` and `token` already exist in the app is moved
        to this user.

        Needs the REST API key. `POST /apps/{app_id}/users`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: A user to create, or data to add to an existing user. Send at least one alias in
                `identity` or one entry in `subscriptions`. A dict (snake_case or camelCase keys), a
                model or `onesignal.Notification`; body fields may also be passed as keywords.
            user: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: Nothing new was created; the user as it already stood.
            HTTP 201: A new user was created.
            HTTP 202: The user already existed; the request was accepted and its aliases, properties
                or subscriptions were added to that user.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createUser`.

        Reference: https://documentation.onesignal.com/reference/create-user
        """
        named: dict[str, Any] = {"user": user, "extra_body": extra_body, **fields}
        return await self._call(_OP["create_user"], (app_id, body), named, timeout)

    createUser = create_user
    createUserAsync = create_user

    async def get_user(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> User:
        """View a user.

        Looks a user up by one of its aliases and returns everything OneSignal stores about it: all
        aliases, its properties (tags, language, location, activity, purchases) and every push,
        email and SMS subscription it owns.

        Needs the REST API key. `GET /apps/{app_id}/users/by/{alias_label}/{alias_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The user with its aliases, properties and subscriptions.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getUser`, `fetchUser`.

        Reference: https://documentation.onesignal.com/reference/view-user
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["get_user"], (app_id, alias_label, alias_id), named, timeout
        )

    getUser = get_user
    fetchUser = get_user
    getUserAsync = get_user
    fetchUserAsync = get_user

    async def update_user(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        body: UserUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_user_request: UserUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        onesignal_subscription_id: str | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> UserUpdateResponse:
        """Update a user's properties.

        Changes the properties of a user found by one of its aliases: tags, language, time zone,
        location and activity. `deltas` adds to the running session time, session count and purchase
        list instead of replacing them. Aliases and subscriptions are not changed here; use the
        alias and subscription operations for those. The change is applied asynchronously.

        Needs the REST API key. `PATCH /apps/{app_id}/users/by/{alias_label}/{alias_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            body: Property changes for a user, and amounts to add to its running totals. A dict
                (snake_case or camelCase keys), a model or `onesignal.Notification`; body fields may
                also be passed as keywords.
            onesignal_subscription_id: Header: The subscription (device) the change comes from.
                OneSignal's SDKs send it so that device-level properties such as the IP-based
                location are taken from that subscription; a server-side update normally leaves it
                out. A UUID, typed as a plain string here because the generated client sends header
                values as they are given.
            update_user_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 202: The update was accepted and will be applied shortly.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateUser`.

        Reference: https://documentation.onesignal.com/reference/update-user
        """
        named: dict[str, Any] = {
            "update_user_request": update_user_request,
            "onesignal_subscription_id": onesignal_subscription_id,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_user"], (app_id, alias_label, alias_id, body), named, timeout
        )

    updateUser = update_user
    updateUserAsync = update_user

    async def delete_user(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UserIdentityResponse:
        """Delete a user.

        Permanently removes a user found by one of its aliases, together with all its aliases,
        properties and subscriptions. The deletion cannot be undone and runs asynchronously, so the
        user may still be readable for a short while.

        Needs the REST API key. `DELETE /apps/{app_id}/users/by/{alias_label}/{alias_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 202: The deletion was accepted.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteUser`.

        Reference: https://documentation.onesignal.com/reference/delete-user
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["delete_user"], (app_id, alias_label, alias_id), named, timeout
        )

    deleteUser = delete_user
    deleteUserAsync = delete_user

    async def fetch_user_identity(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UserIdentityResponse:
        """View a user's aliases.

        Returns only the identity of a user found by one of its aliases: every alias label and value
        it has, always including `onesignal_id`. Useful to map one id of yours to the others without
        loading properties and subscriptions.

        Needs the REST API key. `GET /apps/{app_id}/users/by/{alias_label}/{alias_id}/identity`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The user's aliases.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `fetchUserIdentity`, `get_aliases`.

        Reference: https://documentation.onesignal.com/reference/fetch-aliases
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["fetch_user_identity"], (app_id, alias_label, alias_id), named, timeout
        )

    fetchUserIdentity = fetch_user_identity
    get_aliases = fetch_user_identity
    fetchUserIdentityAsync = fetch_user_identity

    async def fetch_aliases(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UserIdentityResponse:
        """View the aliases of a subscription's user.

        Returns every alias of the user that owns the given subscription, including `onesignal_id`.
        Use it when you only know a subscription id (a push device, an email address or a phone
        number) and need the user behind it.

        Needs the REST API key. `GET /apps/{app_id}/subscriptions/{subscription_id}/user/identity`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The owner's aliases.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `fetchAliases`, `get_aliases_by_subscription`.

        Reference: https://documentation.onesignal.com/reference/fetch-identity-by-subscription
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["fetch_aliases"], (app_id, subscription_id), named, timeout
        )

    fetchAliases = fetch_aliases
    get_aliases_by_subscription = fetch_aliases
    fetchAliasesAsync = fetch_aliases

    async def identify_user_by_alias(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        body: AliasIdentifyRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        user_identity_body: AliasIdentifyRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> UserIdentityResponse:
        """Add or change aliases of a user.

        Adds aliases to a user found by one of its aliases, or changes the value of labels it
        already has (an upsert per label). `onesignal_id` is read-only and cannot be set. An alias
        value already used by another user is refused with 409. The change is immediate.

        Needs the REST API key. `PATCH /apps/{app_id}/users/by/{alias_label}/{alias_id}/identity`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            body: Aliases to add to a user or to set to new values. A dict (snake_case or camelCase
                keys), a model or `onesignal.Notification`; body fields may also be passed as
                keywords.
            user_identity_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The user's aliases after the change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `identifyUserByAlias`, `create_alias`.

        Reference: https://documentation.onesignal.com/reference/create-alias
        """
        named: dict[str, Any] = {
            "user_identity_body": user_identity_body,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["identify_user_by_alias"],
            (app_id, alias_label, alias_id, body),
            named,
            timeout,
        )

    identifyUserByAlias = identify_user_by_alias
    create_alias = identify_user_by_alias
    identifyUserByAliasAsync = identify_user_by_alias

    async def get_eligible_iams(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> IamListResponse:
        """List in-app messages a subscription may show.

        Returns the manifest of in-app messages that the given mobile subscription is currently
        eligible to display. The OneSignal mobile SDKs call this when a session starts; each entry
        carries the message's variants, triggers and display rules.

        Needs the REST API key. `GET /apps/{app_id}/subscriptions/{subscription_id}/iams`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The eligible in-app messages.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getEligibleIams`.
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["get_eligible_iams"], (app_id, subscription_id), named, timeout
        )

    getEligibleIams = get_eligible_iams
    getEligibleIamsAsync = get_eligible_iams

    async def create_notification(
        self,
        app_id: str | UUID | None = None,
        body: Notification | RequestBody | Mapping[str, Any] | None = None,
        *,
        notification: Notification | RequestBody | Mapping[str, Any] | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> NotificationCreateResult:
        """Send a message.

        Creates a push, email or SMS message and queues it for delivery (now or at `send_after`).
        Pick one way to choose recipients: segments (`included_segments` / `excluded_segments`),
        `filters`, or explicit users and subscriptions (`include_aliases` with `target_channel`,
        `include_subscription_ids`). A 200 answer does not always mean something was sent: when no
        recipient could be reached, `id` is an empty string and `errors` says why. Send an
        `idempotency_key` so that retrying after a timeout cannot deliver the message twice.

        Needs the REST API key. `POST /notifications`.

        Args:
            app_id: The app's id (sent in the body). Defaults to the client's `app_id`.
            body: A message to send over push, email or SMS. Choose recipients with exactly one
                targeting method: segments, filters, or users and subscriptions. Fields for channels
                the message does not use are ignored. Its settings are those of
                `NotificationFields`, which a message read back has too; the fields here are the
                ones sent in another form than they are read (objects and lists of objects, which
                may be read back as null). A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            notification: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The message was accepted, or nothing was sent because no recipient could be
                reached (then `id` is empty and `errors` explains).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createNotification`.

        Reference: https://documentation.onesignal.com/reference/create-message
        """
        named: dict[str, Any] = {
            "notification": notification,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["create_notification"], (app_id, body), named, timeout
        )

    createNotification = create_notification
    createNotificationAsync = create_notification

    async def get_notifications(
        self,
        app_id: str | UUID | None = None,
        *,
        limit: int | None = None,
        offset: int | None = None,
        kind: GetNotificationsKind | None = None,
        time_offset: str | None = None,
        template_id: str | UUID | None = None,
        timeout: float | Timeout | None = None,
    ) -> NotificationPage:
        """List messages.

        Returns up to 50 messages of an app with their delivery statistics, newest first. Page
        either with `limit` and `offset`, or with `time_offset` (oldest first, starting at a
        timestamp, then following `next_time_offset`). Messages sent through the API or by
        automations are kept for 30 days; dashboard messages for the life of the app.

        Needs the REST API key. `GET /notifications`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            limit: How many messages to return; at most 50.
            offset: How many messages to skip, for page-by-page listing. Cannot be combined with
                `time_offset`.
            kind: Only messages of one origin: 0 sent from the dashboard, 1 sent through the API
                (journeys included), 3 sent by automated messages. Leave out for all of them.
            time_offset: Start of a time-ordered listing: an ISO 8601 timestamp for the first page,
                then the `next_time_offset` cursor of the previous answer. Switches the order to
                oldest first and cannot be combined with `offset`.
            template_id: Only messages sent from this template.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of messages.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getNotifications`.

        Reference: https://documentation.onesignal.com/reference/view-messages
        """
        named: dict[str, Any] = {
            "limit": limit,
            "offset": offset,
            "kind": kind,
            "time_offset": time_offset,
            "template_id": template_id,
        }
        return await self._call(_OP["get_notifications"], (app_id,), named, timeout)

    getNotifications = get_notifications
    getNotificationsAsync = get_notifications

    def iter_notifications(
        self,
        app_id: str | UUID | None = None,
        *,
        kind: GetNotificationsKind | None = None,
        time_offset: str | None = None,
        template_id: str | UUID | None = None,
        page_size: int = 50,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncIterator[NotificationDetail]:
        """Every item of `get_notifications`, page after page (`async for`).

        Takes the arguments of `get_notifications` but its paging ones: one page of `page_size`
        items (at most 50) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {
            "kind": kind,
            "time_offset": time_offset,
            "template_id": template_id,
        }
        op = _OP["get_notifications"]
        return self._iter_pages(op, (app_id,), named, page_size, page_interval, timeout)

    async def get_notification(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        *,
        outcome_names: list[str] | None = None,
        outcome_time_range: GetNotificationOutcomeTimeRange | None = None,
        outcome_platforms: str | None = None,
        outcome_attribution: GetNotificationOutcomeAttribution | None = None,
        timeout: float | Timeout | None = None,
    ) -> NotificationDetail:
        """View a message.

        Returns one message as it was created, together with its delivery statistics per platform
        and, where collected, its outcomes.

        Needs the REST API key. `GET /notifications/{notification_id}`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            notification_id: The notification's id (a UUID).
            outcome_names: The outcomes of this message to include, each an outcome name with its
                aggregation (`os__click.count`, `Purchase.sum`). Without it the answer carries no
                outcomes and the other `outcome_*` parameters are ignored.
            outcome_time_range: The period the outcomes are aggregated over: `1h` (the last hour,
                the default), `1d` or `1mo`. Only read with `outcome_names`.
            outcome_platforms: Comma-separated device type ids whose outcomes count (`0` iOS, `1`
                Android, `5` Chrome, `8` Firefox, `17` Safari, ...); all platforms when left out.
                Only read with `outcome_names`.
            outcome_attribution: Which outcomes count: `direct`, `influenced`, `unattributed`, or
                `total` (all of them, the default). Only read with `outcome_names`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The message.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getNotification`.

        Reference: https://documentation.onesignal.com/reference/view-message
        """
        named: dict[str, Any] = {
            "outcome_names": outcome_names,
            "outcome_time_range": outcome_time_range,
            "outcome_platforms": outcome_platforms,
            "outcome_attribution": outcome_attribution,
        }
        return await self._call(
            _OP["get_notification"], (app_id, notification_id), named, timeout
        )

    getNotification = get_notification
    getNotificationAsync = get_notification

    async def cancel_notification(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> NotificationCancelResult:
        """Cancel a scheduled message.

        Stops a message that is scheduled or still going out. The message stays in the app's
        history; recipients already reached keep it.

        Needs the REST API key. `DELETE /notifications/{notification_id}`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            notification_id: The notification's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: Whether the message was canceled.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `cancelNotification`.

        Reference: https://documentation.onesignal.com/reference/cancel-message
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["cancel_notification"], (app_id, notification_id), named, timeout
        )

    cancelNotification = cancel_notification
    cancelNotificationAsync = cancel_notification

    async def get_notification_history(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        body: NotificationHistoryRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        get_notification_history_request_body: NotificationHistoryRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> NotificationHistoryResult:
        """Export who was sent or clicked a message.

        Starts a CSV report of the subscriptions a push or email was sent to, or that clicked it.
        Poll `destination_url` until the file is there (usually one to three minutes; a 403 from the
        file URL means "not ready yet"), or give `email` to be mailed the link. Works only within 7
        days of sending, on plans with "Send History via OneSignal API" enabled.

        Needs the REST API key. `POST /notifications/{notification_id}/history`.

        Args:
            app_id: The app's id (sent in the body). Defaults to the client's `app_id`.
            notification_id: The notification's id (a UUID).
            body: Which recipients of a message to report. A dict (snake_case or camelCase keys), a
                model or `onesignal.Notification`; body fields may also be passed as keywords.
            get_notification_history_request_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The report was started.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getNotificationHistory`.

        Reference: https://documentation.onesignal.com/reference/message-history
        """
        named: dict[str, Any] = {
            "get_notification_history_request_body": get_notification_history_request_body,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["get_notification_history"],
            (app_id, notification_id, body),
            named,
            timeout,
        )

    getNotificationHistory = get_notification_history
    getNotificationHistoryAsync = get_notification_history

    def iter_notification_history(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        body: NotificationHistoryRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        get_notification_history_request_body: NotificationHistoryRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> AsyncIterator[Row]:
        """Start `get_notification_history` and yield the rows of its CSV file (`async for`).

        Takes the arguments of `get_notification_history`. The export starts when iteration begins; the
        file is then polled every `poll_interval` seconds until it exists (at most `timeout`
        seconds, then `ExportTimeoutError`) and decoded as it downloads, one dict per row.
        """
        named: dict[str, Any] = {
            "get_notification_history_request_body": get_notification_history_request_body,
            "extra_body": extra_body,
            **fields,
        }
        poll = self._poll("iter_notification_history", None, poll_interval, timeout)
        return self._export_rows(
            self._start(
                _OP["get_notification_history"],
                ((app_id, notification_id, body), named),
                poll,
            )
        )

    async def create_subscription(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        body: SubscriptionCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        subscription_body: SubscriptionCreateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SubscriptionResponse:
        """Add a subscription to a user.

        Adds one push, email or SMS subscription to a user found by one of its aliases. `type` is
        required and `token` should be sent: an email address for `Email`, an E.164 phone number for
        `SMS`, the push token for the push types. A subscription is identified by its `type` and
        `token`; if that pair already exists in the app the subscription is moved to this user
        instead of being created.

        Needs the REST API key. `POST /apps/{app_id}/users/by/{alias_label}/{alias_id}/subscriptions`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            body: The subscription to add to a user. A dict (snake_case or camelCase keys), a model
                or `onesignal.Notification`; body fields may also be passed as keywords.
            subscription_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The user already had this subscription; nothing was changed.
            HTTP 201: A new subscription was created for the user.
            HTTP 202: The subscription already existed on another user and was moved to this user.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createSubscription`.

        Reference: https://documentation.onesignal.com/reference/create-subscription
        """
        named: dict[str, Any] = {
            "subscription_body": subscription_body,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["create_subscription"],
            (app_id, alias_label, alias_id, body),
            named,
            timeout,
        )

    createSubscription = create_subscription
    createSubscriptionAsync = create_subscription

    async def update_subscription(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        body: SubscriptionUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        subscription_body: SubscriptionUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SubscriptionAcceptedResponse:
        """Update a subscription.

        Changes the properties of one subscription found by its id, most often `enabled` to opt a
        subscription out or back in when you track consent outside the SDK. The subscription's
        `type` cannot be changed: delete it and create a new one instead. Applied asynchronously;
        the answer is an empty object.

        Needs the REST API key. `PATCH /apps/{app_id}/subscriptions/{subscription_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            body: Changes to one subscription found by its id. A dict (snake_case or camelCase
                keys), a model or `onesignal.Notification`; body fields may also be passed as
                keywords.
            subscription_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 202: The update was accepted and will be applied shortly.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateSubscription`.

        Reference: https://documentation.onesignal.com/reference/update-subscription
        """
        named: dict[str, Any] = {
            "subscription_body": subscription_body,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_subscription"], (app_id, subscription_id, body), named, timeout
        )

    updateSubscription = update_subscription
    updateSubscriptionAsync = update_subscription

    async def transfer_subscription(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        body: SubscriptionTransferRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        transfer_subscription_request_body: SubscriptionTransferRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> UserIdentityResponse:
        """Move a subscription to another user.

        Moves one subscription to another user of the same app, named by exactly one alias in
        `identity` (`external_id` is the usual choice, `onesignal_id` also works). Subscriptions
        cannot move between apps, and the move fails when the target user already holds 20
        subscriptions. The transfer is immediate.

        Needs the REST API key. `PATCH /apps/{app_id}/subscriptions/{subscription_id}/owner`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            body: The user a subscription moves to. A dict (snake_case or camelCase keys), a model
                or `onesignal.Notification`; body fields may also be passed as keywords.
            transfer_subscription_request_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The aliases of the user that now owns the subscription.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `transferSubscription`.

        Reference: https://documentation.onesignal.com/reference/transfer-subscription
        """
        named: dict[str, Any] = {
            "transfer_subscription_request_body": transfer_subscription_request_body,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["transfer_subscription"],
            (app_id, subscription_id, body),
            named,
            timeout,
        )

    transferSubscription = transfer_subscription
    transferSubscriptionAsync = transfer_subscription

    async def delete_subscription(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> SubscriptionAcceptedResponse:
        """Delete a subscription.

        Deletes one subscription and its properties; messages stop going to it at once and the
        record is removed asynchronously. It does not block the same token, email address or phone
        number from being subscribed again later. To remove a user with all its subscriptions,
        delete the user instead.

        Needs the REST API key. `DELETE /apps/{app_id}/subscriptions/{subscription_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 202: The deletion was accepted.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteSubscription`.

        Reference: https://documentation.onesignal.com/reference/delete-subscription
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["delete_subscription"], (app_id, subscription_id), named, timeout
        )

    deleteSubscription = delete_subscription
    deleteSubscriptionAsync = delete_subscription

    async def copy_template_to_app(
        self,
        template_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        body: TemplateCopyRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        copy_template_request: TemplateCopyRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> TemplateCopyResponse:
        """Copy a template to another app.

        Duplicates a template of the app given in `app_id` into the app named by `target_app_id`.
        The copy has the same content but its own new id, and is independent of the original
        afterwards. Both apps must belong to the same organization, the call needs the organization
        API key, and the key's user must be an admin of both apps.

        Needs the organization API key. `POST /templates/{template_id}/copy_to_app`.

        Args:
            template_id: The template's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            body: Where to copy a template to. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            copy_template_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The template was copied. The reference shows a bare `{"success": true}`;
                OneSignal's own SDKs read the new template back instead, so both shapes are
                described.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `copyTemplateToApp`.

        Reference: https://documentation.onesignal.com/reference/copy-template-to-another-app
        """
        named: dict[str, Any] = {
            "copy_template_request": copy_template_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["copy_template_to_app"], (template_id, app_id, body), named, timeout
        )

    copyTemplateToApp = copy_template_to_app
    copyTemplateToAppAsync = copy_template_to_app

    async def identify_user_by_subscription_id(
        self,
        app_id: str | UUID | None = None,
        subscription_id: str | UUID | None = None,
        body: AliasIdentifyRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        user_identity_body: AliasIdentifyRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> UserIdentityResponse:
        """Add or change aliases of a subscription's user.

        Adds aliases to, or changes alias values of, the user that owns the given subscription (an
        upsert per label). Behaves like adding aliases by alias, for when only a subscription id is
        known. `onesignal_id` cannot be set; an alias value owned by another user is refused with
        409.

        Needs the REST API key. `PATCH /apps/{app_id}/subscriptions/{subscription_id}/user/identity`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            subscription_id: The subscription's id (a UUID).
            body: Aliases to add to a user or to set to new values. A dict (snake_case or camelCase
                keys), a model or `onesignal.Notification`; body fields may also be passed as
                keywords.
            user_identity_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The owner's aliases after the change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `identifyUserBySubscriptionId`, `create_alias_by_subscription`.

        Reference: https://documentation.onesignal.com/reference/create-alias-by-subscription
        """
        named: dict[str, Any] = {
            "user_identity_body": user_identity_body,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["identify_user_by_subscription_id"],
            (app_id, subscription_id, body),
            named,
            timeout,
        )

    identifyUserBySubscriptionId = identify_user_by_subscription_id
    create_alias_by_subscription = identify_user_by_subscription_id
    identifyUserBySubscriptionIdAsync = identify_user_by_subscription_id

    async def create_api_key(
        self,
        app_id: str | UUID | None = None,
        body: ApiKeyCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        create_api_key_request: ApiKeyCreateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ApiKeyCreateResponse:
        """Create an API key.

        Creates a new app API key (Rich Authentication Token). The answer carries the key itself in
        `formatted_token`, exactly once: OneSignal does not store it, so save it right away (a lost
        key can only be rotated). By default the key works from any IP address; set
        `ip_allowlist_mode` to `explicit` and list CIDR ranges in `ip_allowlist` to restrict it.
        Needs the organization API key.

        Needs the organization API key. `POST /apps/{app_id}/auth/tokens`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: A new app API key. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            create_api_key_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The key was created; `formatted_token` is the secret.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createApiKey`.

        Reference: https://documentation.onesignal.com/reference/create-api-key
        """
        named: dict[str, Any] = {
            "create_api_key_request": create_api_key_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(_OP["create_api_key"], (app_id, body), named, timeout)

    createApiKey = create_api_key
    createApiKeyAsync = create_api_key

    async def create_custom_events(
        self,
        app_id: str | UUID | None = None,
        body: CustomEventsRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        custom_events_request: CustomEventsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CustomEventsResponse:
        """Record custom events.

        Records a batch of events that users did, such as a purchase or a finished level, for
        journeys to react to (entering a journey, leaving a Wait Until step). Each event names its
        user by `external_id` or `onesignal_id`. One event may be at most 2,024 bytes and the whole
        request at most 1 MB. Events that fail (most often because no user matched) come back in
        `errors` with a 202 while the rest are still recorded: resend only those. After a 5XX resend
        the whole batch. Give each event an `idempotency_key` so that retried events are not counted
        twice.

        Needs the REST API key. `POST /apps/{app_id}/custom_events`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: A batch of custom events (at most 1 MB in all). A dict (snake_case or camelCase
                keys), a model or `onesignal.Notification`; body fields may also be passed as
                keywords.
            custom_events_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: Every event was recorded.
            HTTP 202: The batch was accepted; any events listed in `errors` failed and were not
                recorded, all others were.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createCustomEvents`.

        Reference: https://documentation.onesignal.com/reference/create-custom-events
        """
        named: dict[str, Any] = {
            "custom_events_request": custom_events_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["create_custom_events"], (app_id, body), named, timeout
        )

    createCustomEvents = create_custom_events
    createCustomEventsAsync = create_custom_events

    async def create_journey(
        self,
        app_id: str | UUID | None = None,
        body: JourneyCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        create_journey_request: JourneyCreateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Journey:
        """Create a journey.

        Creates a journey in the app. A new journey always starts in the `draft` state; activate it
        later with Update journey (`state: active`), or give it a schedule. Nodes are sent without
        server ids: the server assigns an id to every node and branch and returns the whole journey,
        including the `concurrency_key` needed for guarded updates. The Journeys API is in beta.

        Needs the REST API key. `POST /apps/{app_id}/journeys`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            body: The body of Create journey. Node and branch ids are assigned by the server. A dict
                (snake_case or camelCase keys), a model or `onesignal.Notification`; body fields may
                also be passed as keywords.
            create_journey_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 201: The journey was created; the body is the full journey.
            HTTP 200: The journey was created (some deployments answer 200 instead of 201).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createJourney`.
        """
        named: dict[str, Any] = {
            "create_journey_request": create_journey_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(_OP["create_journey"], (app_id, body), named, timeout)

    createJourney = create_journey
    createJourneyAsync = create_journey

    async def create_template(
        self,
        app_id: str | UUID | None = None,
        body: TemplateCreateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        create_template_request: TemplateCreateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Template:
        """Create a template.

        Saves a reusable push, email or SMS message in an app, usable from the dashboard and by
        `template_id` when sending through the API. A push template needs `contents` with an English
        (`en`) entry; an email template needs `isEmail: true` plus `email_subject` and `email_body`;
        an SMS template needs `isSMS: true` and `contents`. Any other property of the channel's
        message body is accepted as well. The channel must already be set up in the app.

        Needs the REST API key. `POST /templates`.

        Args:
            app_id: The app's id (sent in the body). Defaults to the client's `app_id`.
            body: A new template. Which fields matter depends on the channel: `contents` for push
                and SMS, `isEmail` with `email_subject` and `email_body` for email, `isSMS` for SMS.
                Other message properties of the channel are accepted too. A dict (snake_case or
                camelCase keys), a model or `onesignal.Notification`; body fields may also be passed
                as keywords.
            create_template_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The template that was created.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            UnprocessableEntityError: HTTP 422.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `createTemplate`.

        Reference: https://documentation.onesignal.com/reference/create-template
        """
        named: dict[str, Any] = {
            "create_template_request": create_template_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(_OP["create_template"], (app_id, body), named, timeout)

    createTemplate = create_template
    createTemplateAsync = create_template

    async def delete_alias(
        self,
        app_id: str | UUID | None = None,
        alias_label: str | None = None,
        alias_id: str | None = None,
        alias_label_to_delete: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UserIdentityResponse:
        """Remove an alias from a user.

        Removes one alias label from a user found by one of its aliases, without touching the user's
        other aliases, properties or subscriptions. The label removed may be the one used to find
        the user. `onesignal_id` can never be removed. The change is immediate.

        Needs the REST API key. `DELETE /apps/{app_id}/users/by/{alias_label}/{alias_id}/identity/{alias_label_to_delete}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            alias_label: The alias label used to find the user: `external_id`, `onesignal_id`, or a
                custom label.
            alias_id: The value of that alias for the user.
            alias_label_to_delete: The label of the alias to remove, for example `external_id` or a
                custom label.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The aliases the user still has.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteAlias`.

        Reference: https://documentation.onesignal.com/reference/delete-alias
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["delete_alias"],
            (app_id, alias_label, alias_id, alias_label_to_delete),
            named,
            timeout,
        )

    deleteAlias = delete_alias
    deleteAliasAsync = delete_alias

    async def delete_api_key(
        self,
        app_id: str | UUID | None = None,
        token_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> ApiKeyEmptyResponse:
        """Delete an API key.

        Revokes an app API key for good: requests signed with it are refused from then on.
        `token_id` is the key's id from `view_api_keys` or `create_api_key`, not the secret. Needs
        the organization API key.

        Needs the organization API key. `DELETE /apps/{app_id}/auth/tokens/{token_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            token_id: The id of an app API key.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The key was revoked.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteApiKey`.

        Reference: https://documentation.onesignal.com/reference/delete-api-key
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["delete_api_key"], (app_id, token_id), named, timeout
        )

    deleteApiKey = delete_api_key
    deleteApiKeyAsync = delete_api_key

    async def delete_journey(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> JourneyDeleteResponse | None:
        """Delete a journey.

        Deletes a journey from the app. To stop a running journey while keeping its history, use
        Update journey with `state: archived` instead.

        Needs the REST API key. `DELETE /apps/{app_id}/journeys/{journey_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The journey was deleted.
            HTTP 204: The journey was deleted (no body).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteJourney`.
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["delete_journey"], (app_id, journey_id), named, timeout
        )

    deleteJourney = delete_journey
    deleteJourneyAsync = delete_journey

    async def delete_template(
        self,
        template_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> TemplateDeleteResponse:
        """Delete a template.

        Deletes a template for good. A template still used by a journey cannot be deleted until that
        journey is gone.

        Needs the REST API key. `DELETE /templates/{template_id}`.

        Args:
            template_id: The template's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The template was deleted.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `deleteTemplate`.

        Reference: https://documentation.onesignal.com/reference/delete-template
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["delete_template"], (template_id, app_id), named, timeout
        )

    deleteTemplate = delete_template
    deleteTemplateAsync = delete_template

    async def duplicate_journey(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        body: JourneyDuplicateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        duplicate_journey_request: JourneyDuplicateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Journey:
        """Duplicate a journey.

        Copies a journey into a new draft journey in the same app. The body is optional in practice
        (send `{}` for a plain copy); any field under `overrides` is merged into the copy as a JSON
        Merge Patch, so you can rename it or swap its audience in the same call. The copy starts
        unscheduled and gets fresh node and branch ids.

        Needs the REST API key. `POST /apps/{app_id}/journeys/{journey_id}/duplicate`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            body: The body of Duplicate journey. Only `overrides` is read; send `{}` for a plain
                copy. A dict (snake_case or camelCase keys), a model or `onesignal.Notification`;
                body fields may also be passed as keywords.
            duplicate_journey_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 201: The copy was created; the body is the new journey.
            HTTP 200: The copy was created (some deployments answer 200 instead of 201).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `duplicateJourney`.
        """
        named: dict[str, Any] = {
            "duplicate_journey_request": duplicate_journey_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["duplicate_journey"], (app_id, journey_id, body), named, timeout
        )

    duplicateJourney = duplicate_journey
    duplicateJourneyAsync = duplicate_journey

    async def estimate_notification_recipients(
        self,
        app_id: str | UUID | None = None,
        body: NotificationEstimateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        estimate_notification_recipients_request: NotificationEstimateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> NotificationEstimateResult:
        """Estimate a message's audience.

        Counts how many recipients a message with this targeting would reach, without creating or
        sending anything (the same estimate the dashboard shows while composing).
        `included_segments` is required; `excluded_segments`, `filters`, `include_aliases` and
        `target_channel` narrow that audience. Any other message field is accepted and ignored.

        Needs the REST API key. `POST /notifications/count-unsaved`.

        Args:
            app_id: The app's id (sent in the body). Defaults to the client's `app_id`.
            body: The targeting of a draft message. Only these fields are read; other message fields
                are accepted and ignored. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            estimate_notification_recipients_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The estimated audience.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `estimateNotificationRecipients`.
        """
        named: dict[str, Any] = {
            "estimate_notification_recipients_request": estimate_notification_recipients_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["estimate_notification_recipients"], (app_id, body), named, timeout
        )

    estimateNotificationRecipients = estimate_notification_recipients
    estimateNotificationRecipientsAsync = estimate_notification_recipients

    async def export_events(
        self,
        notification_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> ExportEventsResult:
        """Export a message's audience activity.

        Starts a gzip-compressed CSV of per-recipient events of one message (sent, delivered,
        clicked, failed, unsubscribed), like the dashboard's Audience Activity export. The file URL
        answers 404 until the file is ready (about 2,000 rows a second) and stays valid for 3 days.
        Only one export per account runs at a time.

        Needs the REST API key. `POST /notifications/{notification_id}/export_events`.

        Args:
            notification_id: The notification's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The export was started.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `exportEvents`.

        Reference: https://documentation.onesignal.com/reference/export-csv-of-events
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["export_events"], (notification_id, app_id), named, timeout
        )

    exportEvents = export_events
    exportEventsAsync = export_events

    def iter_events_export(
        self,
        notification_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
    ) -> AsyncIterator[Row]:
        """Start `export_events` and yield the rows of its CSV file (`async for`).

        Takes the arguments of `export_events`. The export starts when iteration begins; the
        file is then polled every `poll_interval` seconds until it exists (at most `timeout`
        seconds, then `ExportTimeoutError`) and decoded as it downloads, one dict per row.
        """
        named: dict[str, Any] = {}
        poll = self._poll("iter_events_export", None, poll_interval, timeout)
        return self._export_rows(
            self._start(_OP["export_events"], ((notification_id, app_id), named), poll)
        )

    async def export_subscriptions(
        self,
        app_id: str | UUID | None = None,
        body: ExportSubscriptionsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        export_subscriptions_request_body: ExportSubscriptionsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ExportSubscriptionsResult:
        """Export subscriptions as CSV.

        Starts a gzip-compressed CSV of the app's subscriptions, optionally only one segment or only
        those active since a moment, with extra columns on request. The file URL answers 404 until
        the file is ready (about 2,000 rows a second) and stays valid for 3 days. Only one export
        per account runs at a time.

        Needs the REST API key. `POST /players/csv_export`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            body: Which subscriptions to export and which extra columns to add. A dict (snake_case
                or camelCase keys), a model or `onesignal.Notification`; body fields may also be
                passed as keywords.
            export_subscriptions_request_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The export was started.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `exportSubscriptions`.

        Reference: https://documentation.onesignal.com/reference/csv-export
        """
        named: dict[str, Any] = {
            "export_subscriptions_request_body": export_subscriptions_request_body,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["export_subscriptions"], (app_id, body), named, timeout
        )

    exportSubscriptions = export_subscriptions
    exportSubscriptionsAsync = export_subscriptions

    def iter_subscriptions_export(
        self,
        app_id: str | UUID | None = None,
        body: ExportSubscriptionsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        export_subscriptions_request_body: ExportSubscriptionsRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> AsyncIterator[Row]:
        """Start `export_subscriptions` and yield the rows of its CSV file (`async for`).

        Takes the arguments of `export_subscriptions`. The export starts when iteration begins; the
        file is then polled every `poll_interval` seconds until it exists (at most `timeout`
        seconds, then `ExportTimeoutError`) and decoded as it downloads, one dict per row.
        """
        named: dict[str, Any] = {
            "export_subscriptions_request_body": export_subscriptions_request_body,
            "extra_body": extra_body,
            **fields,
        }
        poll = self._poll("iter_subscriptions_export", None, poll_interval, timeout)
        return self._export_rows(
            self._start(_OP["export_subscriptions"], ((app_id, body), named), poll)
        )

    async def get_email_provider_metrics(
        self,
        app_id: str | UUID | None = None,
        domain: str | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> EmailProviderMetricsResponse:
        """Get email inbox provider metrics.

        For apps sending with OneSignal Email: delivery, open, click, bounce, failure and spam
        complaint counts for one sending domain over a time range, broken down by inbox provider
        (Gmail, Outlook, Yahoo, Apple and others), to see where deliverability is slipping. `start`
        must be before `end` and at most 365 days ago. `providers` comes back empty when the domain
        is unknown to the app or not currently active for sending.

        Needs the REST API key. `GET /apps/{app_id}/email_analytics/provider_metrics`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            domain: The sending domain to report on, as configured for the app's email.
            start: Start of the time range, an ISO 8601 UTC timestamp. Must be before `end` and no
                more than 365 days ago.
            end: End of the time range, an ISO 8601 UTC timestamp after `start`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: Counts per inbox provider for the domain and range.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getEmailProviderMetrics`.
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["get_email_provider_metrics"],
            (app_id, domain, start, end),
            named,
            timeout,
        )

    getEmailProviderMetrics = get_email_provider_metrics
    getEmailProviderMetricsAsync = get_email_provider_metrics

    async def get_email_provider_metrics_timeseries(
        self,
        app_id: str | UUID | None = None,
        domain: str | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        granularity: GetEmailProviderMetricsTimeseriesGranularity | None = None,
        *,
        providers: list[str] | None = None,
        timeout: float | Timeout | None = None,
    ) -> EmailMetricsTimeseriesResponse:
        """Get email provider metrics over time.

        For apps sending with OneSignal Email: the same delivery, open, click, bounce, failure and
        spam complaint counts for one sending domain, bucketed by hour, day or month. Each event's
        counts are summed over the providers named in `providers[]` (repeat the parameter once per
        provider), or over every provider when it is left out. `start` must be before `end` and at
        most 365 days ago (60 days for `hourly`). `events` comes back empty when the domain is
        unknown to the app or not currently active for sending.

        Needs the REST API key. `GET /apps/{app_id}/email_analytics/provider_metrics_timeseries`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            domain: The sending domain to report on, as configured for the app's email.
            start: Start of the time range, an ISO 8601 UTC timestamp. Must be before `end`, and no
                more than 365 days ago (60 days ago with `hourly` granularity).
            end: End of the time range, an ISO 8601 UTC timestamp after `start`.
            granularity: Size of each time bucket.
            providers: Inbox providers to total over, such as gmail, outlook, yahoo or apple; repeat
                the parameter for each one (`providers[]=gmail&providers[]=yahoo`). Leave it out to
                total over all providers.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: A time series per email event for the domain and range.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getEmailProviderMetricsTimeseries`.
        """
        named: dict[str, Any] = {"providers": providers}
        return await self._call(
            _OP["get_email_provider_metrics_timeseries"],
            (app_id, domain, start, end, granularity),
            named,
            timeout,
        )

    getEmailProviderMetricsTimeseries = get_email_provider_metrics_timeseries
    getEmailProviderMetricsTimeseriesAsync = get_email_provider_metrics_timeseries

    async def get_email_reputation(
        self,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> EmailReputationResponse:
        """Get email reputation statistics.

        Returns the app's email bounce rate and spam complaint rate over the last 24 hours, 7 days
        and 30 days, across all email it sent. Each rate is a fraction of the emails delivered in
        that window (0.02 is 2%) and is 0 when nothing was delivered. Gmail does not report
        complaints back, so the complaint rate leaves Gmail complaints out.

        Needs the REST API key. `GET /apps/{app_id}/email_analytics/delivery_metrics`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: Bounce and complaint rates per time window.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getEmailReputation`.
        """
        named: dict[str, Any] = {}
        return await self._call(_OP["get_email_reputation"], (app_id,), named, timeout)

    getEmailReputation = get_email_reputation
    getEmailReputationAsync = get_email_reputation

    async def get_segment(
        self,
        app_id: str | UUID | None = None,
        segment_id: str | UUID | None = None,
        *,
        include_segment_detail: bool | None = None,
        timeout: float | Timeout | None = None,
    ) -> SegmentDetailResponse:
        """View a segment.

        Returns how many subscriptions a segment currently holds. With `include-segment-detail=true`
        it also returns the segment's name, source and filters, in the same format `create_segment`
        and `update_segment` accept. Segments built on message or custom events cannot be read this
        way and answer 400.

        Needs the REST API key. `GET /apps/{app_id}/segments/{segment_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            segment_id: The segment's id (a UUID).
            include_segment_detail: When true, the answer also carries `payload` with the segment's
                metadata and filters; false when left out. The Python client calls this argument
                `include_segment_detail`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The segment's size, and its definition when asked for.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `getSegment`.

        Reference: https://documentation.onesignal.com/reference/view-segment
        """
        named: dict[str, Any] = {"include_segment_detail": include_segment_detail}
        return await self._call(
            _OP["get_segment"], (app_id, segment_id), named, timeout
        )

    getSegment = get_segment
    getSegmentAsync = get_segment

    async def list_audit_logs(
        self,
        organization_id: str | UUID | None = None,
        *,
        start_time: datetime.datetime | str | None = None,
        end_time: datetime.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        app_ids: list[str] | None = None,
        actions: list[str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        target_types: list[str] | None = None,
        target_ids: list[str] | None = None,
        ip_addresses: list[str] | None = None,
        timeout: float | Timeout | None = None,
    ) -> AuditLogListResponse:
        """List audit logs.

        Returns the organization's audit trail (who did what, when and from where), oldest first,
        one page at a time. The first request needs `start_time` (at most 90 days back, and not
        before 2026-02-18T00:00:00Z); when `has_more` is true, pass `next_cursor` as `cursor` to get
        the next page, without the time range. The list filters (`app_ids`, `actions`, ...) are
        arrays sent by repeating the parameter
        (`actions=segment.created&actions=notification.sent`). Needs the organization API key and an
        Enterprise plan with audit logs enabled.

        Needs the organization API key. `GET /organizations/{organization_id}/audit_logs`.

        Args:
            organization_id: The organization's id (a UUID); it must match the organization API key.
            start_time: Start of the time range, ISO 8601. Required unless `cursor` is given; at
                most 90 days ago.
            end_time: End of the time range, ISO 8601, after `start_time`. Defaults to now.
            cursor: The `next_cursor` of the previous page. When given, `start_time` and `end_time`
                are ignored.
            limit: Events per page, from 1 to 100 (values outside are clamped).
            app_ids: Only events of these apps (up to 10 app ids). Organization-level events are
                always included.
            actions: Only these actions (up to 20), such as `segment.created` or
                `notification.sent`.
            actor_ids: Only events performed by these actors (user or service ids, up to 10).
            actor_emails: Only events performed by users with these email addresses (up to 10).
            target_types: Only events on these kinds of resources, such as `segment`, `template` or
                `notification` (up to 10).
            target_ids: Only events on these resource ids (up to 10).
            ip_addresses: Only events made from these IP addresses (up to 10).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of audit events.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `listAuditLogs`.

        Reference: https://documentation.onesignal.com/reference/list-audit-logs
        """
        named: dict[str, Any] = {
            "start_time": start_time,
            "end_time": end_time,
            "cursor": cursor,
            "limit": limit,
            "app_ids": app_ids,
            "actions": actions,
            "actor_ids": actor_ids,
            "actor_emails": actor_emails,
            "target_types": target_types,
            "target_ids": target_ids,
            "ip_addresses": ip_addresses,
        }
        return await self._call(
            _OP["list_audit_logs"], (organization_id,), named, timeout
        )

    listAuditLogs = list_audit_logs
    listAuditLogsAsync = list_audit_logs

    def iter_audit_logs(
        self,
        organization_id: str | UUID | None = None,
        *,
        start_time: datetime.datetime | str | None = None,
        end_time: datetime.datetime | str | None = None,
        app_ids: list[str] | None = None,
        actions: list[str] | None = None,
        actor_ids: list[str] | None = None,
        actor_emails: list[str] | None = None,
        target_types: list[str] | None = None,
        target_ids: list[str] | None = None,
        ip_addresses: list[str] | None = None,
        page_size: int = 100,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncIterator[AuditLogEvent]:
        """Every item of `list_audit_logs`, page after page (`async for`).

        Takes the arguments of `list_audit_logs` but its paging ones: one page of `page_size`
        items (at most 100) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {
            "start_time": start_time,
            "end_time": end_time,
            "app_ids": app_ids,
            "actions": actions,
            "actor_ids": actor_ids,
            "actor_emails": actor_emails,
            "target_types": target_types,
            "target_ids": target_ids,
            "ip_addresses": ip_addresses,
        }
        op = _OP["list_audit_logs"]
        return self._iter_pages(
            op, (organization_id,), named, page_size, page_interval, timeout
        )

    async def rotate_api_key(
        self,
        app_id: str | UUID | None = None,
        token_id: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> ApiKeyRotateResponse:
        """Rotate an API key.

        Replaces an API key's secret with a new one, keeping its id, name and IP allowlist. The old
        secret stops working at once. The new secret is in `formatted_token` and is shown only this
        once. Use it when a key leaked or was lost. Needs the organization API key.

        Needs the organization API key. `POST /apps/{app_id}/auth/tokens/{token_id}/rotate`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            token_id: The id of an app API key.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The key's new secret.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `rotateApiKey`.

        Reference: https://documentation.onesignal.com/reference/rotate-api-key
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["rotate_api_key"], (app_id, token_id), named, timeout
        )

    rotateApiKey = rotate_api_key
    rotateApiKeyAsync = rotate_api_key

    async def start_live_activity(
        self,
        app_id: str | UUID | None = None,
        activity_type: str | None = None,
        body: LiveActivityStartRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        start_live_activity_request: LiveActivityStartRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> LiveActivityStartResponse:
        """Start a Live Activity remotely (push-to-start).

        Starts a new Live Activity on the targeted iOS devices without the app being open, using
        their push-to-start tokens (iOS 17.2+). `activity_type` names the `ActivityAttributes`
        struct to instantiate; `event_attributes` fills its static fields and `event_updates` its
        initial content state. Pick one way of targeting: aliases, subscription ids, segments, or
        filters. Keep the `activity_id` you choose: later updates address the activity by it.

        Needs the REST API key. `POST /apps/{app_id}/activities/activity/{activity_type}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            activity_type: The name of the `ActivityAttributes` struct defined in the app, such as
                `MatchScoreAttributes`.
            body: A push-to-start request: the audience, the id to give the new activity and its
                initial attributes and state. Use one targeting method only. A dict (snake_case or
                camelCase keys), a model or `onesignal.Notification`; body fields may also be passed
                as keywords.
            start_live_activity_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The push-to-start notification was accepted.
            HTTP 201: The push-to-start notification was created (the status code the current
                reference lists).

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `startLiveActivity`.

        Reference: https://documentation.onesignal.com/reference/start-live-activity
        """
        named: dict[str, Any] = {
            "start_live_activity_request": start_live_activity_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["start_live_activity"], (app_id, activity_type, body), named, timeout
        )

    startLiveActivity = start_live_activity
    startLiveActivityAsync = start_live_activity

    async def unsubscribe_email_with_token(
        self,
        app_id: str | UUID | None = None,
        notification_id: str | UUID | None = None,
        token: str | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> UnsubscribeEmailResult:
        """Unsubscribe an email address with its token.

        Turns off the email subscription that received a given email, for a custom unsubscribe page.
        The page takes `app_id`, the message id and the unsubscribe token from the link in the email
        (Liquid `{{subscription.unsubscribe_token}}`) and calls this. The subscription can be turned
        back on with the subscription update operation. Needs no API key: the token from the email
        is the credential, so a public unsubscribe page can call it.

        Needs no key (it sends none). `POST /apps/{app_id}/notifications/{notification_id}/unsubscribe`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            notification_id: The notification's id (a UUID).
            token: The unsubscribe token that OneSignal put into the email's unsubscribe link.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 202: The email subscription is being unsubscribed.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `unsubscribeEmailWithToken`.

        Reference: https://documentation.onesignal.com/reference/unsubscribe-with-token
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["unsubscribe_email_with_token"],
            (app_id, notification_id, token),
            named,
            timeout,
        )

    unsubscribeEmailWithToken = unsubscribe_email_with_token
    unsubscribeEmailWithTokenAsync = unsubscribe_email_with_token

    async def update_api_key(
        self,
        app_id: str | UUID | None = None,
        token_id: str | None = None,
        body: ApiKeyUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_api_key_request: ApiKeyUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ApiKeyEmptyResponse:
        """Update an API key.

        Changes an API key's name or IP allowlist without changing the key itself. Fields left out
        keep their values. OneSignal answers with an empty object; read the key again with
        `view_api_keys` to see the result. Needs the organization API key.

        Needs the organization API key. `PATCH /apps/{app_id}/auth/tokens/{token_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            token_id: The id of an app API key.
            body: Changes to an app API key; fields left out keep their values. A dict (snake_case
                or camelCase keys), a model or `onesignal.Notification`; body fields may also be
                passed as keywords.
            update_api_key_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The key was updated.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateApiKey`.

        Reference: https://documentation.onesignal.com/reference/update-api-key
        """
        named: dict[str, Any] = {
            "update_api_key_request": update_api_key_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_api_key"], (app_id, token_id, body), named, timeout
        )

    updateApiKey = update_api_key
    updateApiKeyAsync = update_api_key

    async def update_journey(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        body: JourneyUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_journey_request: JourneyUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Journey:
        """Update a journey.

        Changes a journey's settings, its node graph or its state. `nodes`, when sent, replaces the
        whole graph: keep each existing node's `id` to leave users already waiting there in place,
        and leave `id` out to add a node. Set `state` to `active` to start a draft, to `scheduled`
        together with a future `schedule.start_at`, to `archived` to stop it for good, or back to
        `draft` from `scheduled`. Send the `concurrency_key` from your last read to get a 409
        instead of overwriting someone else's change.

        Needs the REST API key. `PATCH /apps/{app_id}/journeys/{journey_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            body: The body of Update journey. Every field is optional; fields left out stay as they
                are. A dict (snake_case or camelCase keys), a model or `onesignal.Notification`;
                body fields may also be passed as keywords.
            update_journey_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The journey after the change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateJourney`.
        """
        named: dict[str, Any] = {
            "update_journey_request": update_journey_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_journey"], (app_id, journey_id, body), named, timeout
        )

    updateJourney = update_journey
    updateJourneyAsync = update_journey

    async def update_journey_node(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        node_id: str | UUID | None = None,
        body: JourneyNodeUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_journey_node_request: JourneyNodeUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Journey:
        """Update a journey node.

        Changes the settings of one node in place (for example the template a send step uses or how
        long a wait step holds users) without resending the whole graph. Only the fields that apply
        to the node's kind are accepted; the node's kind and id cannot change. An optional
        `concurrency_key` guards against a concurrent edit of the journey (409).

        Needs the REST API key. `PATCH /apps/{app_id}/journeys/{journey_id}/nodes/{node_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            node_id: The server-assigned id of the node to change (a UUID, from View journey).
            body: The body of Update journey node: the node settings to change. Only fields that
                apply to the node's kind are accepted. A dict (snake_case or camelCase keys), a
                model or `onesignal.Notification`; body fields may also be passed as keywords.
            update_journey_node_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The journey after the node change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            ConflictError: HTTP 409.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateJourneyNode`.
        """
        named: dict[str, Any] = {
            "update_journey_node_request": update_journey_node_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_journey_node"],
            (app_id, journey_id, node_id, body),
            named,
            timeout,
        )

    updateJourneyNode = update_journey_node
    updateJourneyNodeAsync = update_journey_node

    async def update_segment(
        self,
        app_id: str | UUID | None = None,
        segment_id: str | UUID | None = None,
        body: SegmentUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_segment_request: SegmentUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SegmentSaveResponse:
        """Update a segment.

        Renames a segment, changes its description, or replaces its filters. `name` must always be
        sent, even when it stays the same. Sending `filters` replaces every existing filter (the
        list cannot be empty); leaving it out keeps them. An empty `description` clears it. A
        segment used by an active Journey cannot be changed here.

        Needs the REST API key. `PATCH /apps/{app_id}/segments/{segment_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            segment_id: The segment's id (a UUID).
            body: Changes to a segment. `name` is always required; `filters`, when given, replaces
                all existing filters. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            update_segment_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The segment was updated.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateSegment`.

        Reference: https://documentation.onesignal.com/reference/update-segment
        """
        named: dict[str, Any] = {
            "update_segment_request": update_segment_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_segment"], (app_id, segment_id, body), named, timeout
        )

    updateSegment = update_segment
    updateSegmentAsync = update_segment

    async def update_subscription_by_token(
        self,
        app_id: str | UUID | None = None,
        token_type: UpdateSubscriptionByTokenTokenType | None = None,
        token: str | None = None,
        body: SubscriptionTokenUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        *,
        subscription_body: SubscriptionTokenUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SubscriptionAcceptedResponse:
        """Update a subscription found by its token.

        Changes the properties of a subscription found by its channel type and token (push token,
        email address or phone number), for example to honour an opt-out from your own preference
        page without storing subscription ids. The type and token themselves cannot be changed here.
        If several subscriptions match, nothing is changed and a 400 lists their ids. Applied
        asynchronously.

        Needs the REST API key. `PATCH /apps/{app_id}/subscriptions_by_token/{token_type}/{token}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            token_type: The subscription's channel type; it must match the kind of `token` given.
            token: The subscription's token: an email address for `Email`, an E.164 phone number for
                `SMS`, or the push token for the push types (URL-encode it in the path).
            body: Changes to one subscription found by its type and token. A dict (snake_case or
                camelCase keys), a model or `onesignal.Notification`; body fields may also be passed
                as keywords.
            subscription_body: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 202: The update was accepted and will be applied within a few seconds.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateSubscriptionByToken`.

        Reference: https://documentation.onesignal.com/reference/update-subscription-by-token
        """
        named: dict[str, Any] = {
            "subscription_body": subscription_body,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_subscription_by_token"],
            (app_id, token_type, token, body),
            named,
            timeout,
        )

    updateSubscriptionByToken = update_subscription_by_token
    updateSubscriptionByTokenAsync = update_subscription_by_token

    async def update_template(
        self,
        template_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        body: TemplateUpdateRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        update_template_request: TemplateUpdateRequest
        | RequestBody
        | Mapping[str, Any]
        | None = None,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Template:
        """Update a template.

        Changes a template in place, with the same fields as creating one (all optional here). The
        change applies at once: every later message built from this template uses the new content.
        Answers with the template as it is now.

        Needs the REST API key. `PATCH /templates/{template_id}`.

        Args:
            template_id: The template's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            body: The fields of a template to change; anything left out keeps its value, except
                `name`, which OneSignal's reference requires on every update. The same channel rules
                as at creation apply. A dict (snake_case or camelCase keys), a model or
                `onesignal.Notification`; body fields may also be passed as keywords.
            update_template_request: The body, as the official SDK names it.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 200: The template after the change.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `updateTemplate`.

        Reference: https://documentation.onesignal.com/reference/update-template
        """
        named: dict[str, Any] = {
            "update_template_request": update_template_request,
            "extra_body": extra_body,
            **fields,
        }
        return await self._call(
            _OP["update_template"], (template_id, app_id, body), named, timeout
        )

    updateTemplate = update_template
    updateTemplateAsync = update_template

    async def view_api_keys(
        self,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> ApiKeyListResponse:
        """View API keys.

        Lists the app's API keys (Rich Authentication Tokens) with their names, IP allowlist
        settings and timestamps. The secret itself is never included: it is shown only once, when a
        key is created or rotated. Needs the organization API key.

        Needs the organization API key. `GET /apps/{app_id}/auth/tokens`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The app's API keys, oldest first.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            PermissionDeniedError: HTTP 403.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewApiKeys`.

        Reference: https://documentation.onesignal.com/reference/view-api-keys
        """
        named: dict[str, Any] = {}
        return await self._call(_OP["view_api_keys"], (app_id,), named, timeout)

    viewApiKeys = view_api_keys
    viewApiKeysAsync = view_api_keys

    async def view_journey(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> Journey:
        """View a journey.

        Returns one journey in full: its audience, early-exit and re-entry rules, schedule, the
        ordered node graph with server-assigned node and branch ids, and the `concurrency_key` to
        send back with a guarded update.

        Needs the REST API key. `GET /apps/{app_id}/journeys/{journey_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The journey.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewJourney`.
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["view_journey"], (app_id, journey_id), named, timeout
        )

    viewJourney = view_journey
    viewJourneyAsync = view_journey

    async def view_journey_stats(
        self,
        app_id: str | UUID | None = None,
        journey_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> JourneyStats:
        """View journey stats.

        Returns lifetime counts for a journey: users who started, completed or exited early, plus
        per-node counts (waiting, completed, exited early, and delivery totals for send steps) and
        per-branch counts, keyed by the node and branch ids of View journey. Journey-level counts
        are per user; message totals are per subscription.

        Needs the REST API key. `GET /apps/{app_id}/journeys/{journey_id}/stats`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            journey_id: The journey's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The journey's stats.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewJourneyStats`.
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["view_journey_stats"], (app_id, journey_id), named, timeout
        )

    viewJourneyStats = view_journey_stats
    viewJourneyStatsAsync = view_journey_stats

    async def view_journeys(
        self,
        app_id: str | UUID | None = None,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        timeout: float | Timeout | None = None,
    ) -> JourneyListResponse:
        """View journeys.

        Lists the app's journeys, newest first, in a summary form (no description, nodes, early exit
        or concurrency key; fetch View journey for those). Paging is forward-only: leave out
        `cursor` on the first call, then pass back each answer's `next_cursor` unchanged while
        `has_more` is true.

        Needs the REST API key. `GET /apps/{app_id}/journeys`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            cursor: The opaque `next_cursor` from the previous page. Send it back exactly as
                received; omit it to start at the newest journey.
            limit: How many journeys to return on this page (at most 50).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of journeys.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewJourneys`.
        """
        named: dict[str, Any] = {"cursor": cursor, "limit": limit}
        return await self._call(_OP["view_journeys"], (app_id,), named, timeout)

    viewJourneys = view_journeys
    viewJourneysAsync = view_journeys

    def iter_journeys(
        self,
        app_id: str | UUID | None = None,
        *,
        page_size: int = 50,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncIterator[JourneyListItem]:
        """Every item of `view_journeys`, page after page (`async for`).

        Takes the arguments of `view_journeys` but its paging ones: one page of `page_size`
        items (at most 50) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {}
        op = _OP["view_journeys"]
        return self._iter_pages(op, (app_id,), named, page_size, page_interval, timeout)

    async def view_template(
        self,
        template_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> Template:
        """View a template.

        Returns one template with its full content: the message texts, the channel it sends on, the
        platforms it targets and when it was created and last changed.

        Needs the REST API key. `GET /templates/{template_id}`.

        Args:
            template_id: The template's id (a UUID).
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: The template.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewTemplate`.

        Reference: https://documentation.onesignal.com/reference/view-template
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["view_template"], (template_id, app_id), named, timeout
        )

    viewTemplate = view_template
    viewTemplateAsync = view_template

    async def view_templates(
        self,
        app_id: str | UUID | None = None,
        *,
        limit: int | None = None,
        offset: int | None = None,
        channel: ViewTemplatesChannel | None = None,
        timeout: float | Timeout | None = None,
    ) -> TemplateListResponse:
        """List templates.

        Lists an app's templates, up to 50 at a time, as summaries (id, name and timestamps, no
        message content; fetch one template for that). Page through with `offset`, and narrow to one
        channel with `channel`.

        Needs the REST API key. `GET /templates`.

        Args:
            app_id: The OneSignal app's id. Defaults to the client's `app_id`.
            limit: How many templates to return; 50 at most, and 50 when left out.
            offset: How many templates to skip before the first one returned.
            channel: Return only templates of this channel.
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 200: One page of templates.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `viewTemplates`.

        Reference: https://documentation.onesignal.com/reference/view-templates
        """
        named: dict[str, Any] = {"limit": limit, "offset": offset, "channel": channel}
        return await self._call(_OP["view_templates"], (app_id,), named, timeout)

    viewTemplates = view_templates
    viewTemplatesAsync = view_templates

    def iter_templates(
        self,
        app_id: str | UUID | None = None,
        *,
        channel: ViewTemplatesChannel | None = None,
        page_size: int = 50,
        page_interval: float | None = None,
        timeout: float | Timeout | None = None,
    ) -> AsyncIterator[Template]:
        """Every item of `view_templates`, page after page (`async for`).

        Takes the arguments of `view_templates` but its paging ones: one page of `page_size`
        items (at most 50) is fetched at a time, when iteration reaches it, so
        memory holds one page whatever the total. Stops at the last page, and never yields an
        item twice when the list shifts between two pages. Pages are asked for at most as
        often as OneSignal allows the operation (the view endpoints: once a second per app);
        `page_interval` sets other seconds between page requests (0: no pause).
        """
        named: dict[str, Any] = {"channel": channel}
        op = _OP["view_templates"]
        return self._iter_pages(op, (app_id,), named, page_size, page_interval, timeout)

    async def begin_live_activity(
        self,
        app_id: str | UUID | None = None,
        activity_id: str | None = None,
        body: LiveActivityTokenRequest | RequestBody | Mapping[str, Any] | None = None,
        *,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Register a Live Activity push token.

        Links the update push token that iOS issued for a running Live Activity to the subscription
        of the device showing it, so that later updates for this `activity_id` reach that device.
        The iOS SDK normally does this itself; call it from a server only when you start activities
        outside the SDK. Answers with no body.

        Needs the REST API key. `POST /apps/{app_id}/live_activities/{activity_id}/token`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            activity_id: The Live Activity's id, chosen by your app when it started the activity.
            body: An update push token that iOS issued for one device's copy of a Live Activity. A
                dict (snake_case or camelCase keys), a model or `onesignal.Notification`; body
                fields may also be passed as keywords.
            timeout: Seconds for this call, instead of the client's timeout.
            extra_body: Fields this SDK does not know yet, sent as given.
            **fields: Body fields as keywords (snake_case or camelCase).

        Returns:
            HTTP 204: The token is registered for this activity; no body.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `beginLiveActivity`.
        """
        named: dict[str, Any] = {"extra_body": extra_body, **fields}
        return await self._call(
            _OP["begin_live_activity"], (app_id, activity_id, body), named, timeout
        )

    beginLiveActivity = begin_live_activity
    beginLiveActivityAsync = begin_live_activity

    async def end_live_activity(
        self,
        app_id: str | UUID | None = None,
        activity_id: str | None = None,
        subscription_id: str | UUID | None = None,
        *,
        timeout: float | Timeout | None = None,
    ) -> None:
        """Unregister a Live Activity push token.

        Removes the link between a subscription and the Live Activity with this id, for example
        after the user dismissed the activity on that device. The subscription then no longer
        receives updates for the activity. Answers with no body.

        Needs the REST API key. `DELETE /apps/{app_id}/live_activities/{activity_id}/token/{subscription_id}`.

        Args:
            app_id: The OneSignal app's id (a UUID, shown under Settings > Keys & IDs). Defaults to
                the client's `app_id`.
            activity_id: The Live Activity's id, chosen by your app when it started the activity.
            subscription_id: The subscription's id (a UUID).
            timeout: Seconds for this call, instead of the client's timeout.

        Returns:
            HTTP 204: The subscription is no longer tied to this activity; no body.

        Raises:
            BadRequestError: HTTP 400.
            AuthenticationError: HTTP 401.
            NotFoundError: HTTP 404.
            RateLimitError: HTTP 429.
            InternalServerError: HTTP 5XX.
            APIConnectionError: no answer (APITimeoutError when the timeout ran out), after retries.
            ValidationError: bad input, found before any request is sent.

        Also callable as `endLiveActivity`.
        """
        named: dict[str, Any] = {}
        return await self._call(
            _OP["end_live_activity"],
            (app_id, activity_id, subscription_id),
            named,
            timeout,
        )

    endLiveActivity = end_live_activity
    endLiveActivityAsync = end_live_activity

    async def create_notification_with_retry(
        self,
        notification: Notification | RequestBody | Mapping[str, Any] | None = None,
        max_retries: int = 3,
        base_delay: float = 1.0,
        *,
        timeout: float | Timeout | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateNotificationWithRetryResult:
        """`create_notification`, with the official SDK's name and result.

        Every `create_notification` here already retries safely (one `idempotency_key` across
        attempts); this form also takes the official SDK's `max_retries` and `base_delay`
        (seconds, clamped to 1-60) and returns `(response, was_replayed)`, where
        `was_replayed` says OneSignal answered from an earlier, identical request.
        """
        replay = self._replay(max_retries, base_delay)
        named = {"extra_body": extra_body, **fields}
        prepared = replay._prepare(
            _OP["create_notification"], (notification,), named, timeout
        )
        return replay._replayed(prepared, await replay._send(prepared))

    async def wait_for_export(
        self,
        url: str,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        on_progress: Progress | None = None,
    ) -> None:
        """Return once the export file at `url` exists; check every `poll_interval` seconds.

        Raises `ExportTimeoutError` after `timeout` seconds. A 403 or 404 means "not yet" and
        a connection failure is tried again at the next check; any other error status raises.
        `on_progress(attempt, elapsed_seconds)` is called each time the file is not there yet.
        Requests to the storage host never carry the OneSignal key.
        """
        poll = self._poll("wait_for_export", url, poll_interval, timeout, on_progress)
        await self._wait(poll)

    def iter_export_rows(
        self, url: str, *, poll_interval: float = 10.0, timeout: float = 600.0
    ) -> AsyncIterator[Row]:
        """Wait for the export file at `url` (as `wait_for_export`), then yield its rows as
        dicts keyed by the header, decoding the download (CSV or gzip CSV) as it arrives."""
        return self._export_rows(
            self._poll("iter_export_rows", url, poll_interval, timeout)
        )

    async def send_to_external_ids(
        self,
        notification: Notification | RequestBody | Mapping[str, Any],
        external_ids: Iterable[str],
        *,
        app_id: str | UUID | None = None,
        chunk_size: int = 20_000,
        concurrency: int = 4,
        idempotency_key: str | UUID | None = None,
    ) -> BulkSendResult:
        """Send `notification` to any number of users by external id, `chunk_size` ids per
        create_notification (OneSignal takes at most 20,000), `concurrency` chunks at a time.

        The notification must not carry another audience; `target_channel` defaults to
        "push". Each chunk gets its own idempotency key derived from `idempotency_key` (or the
        notification's own key, or a new one): repeat a send with `result.idempotency_key` and
        OneSignal drops the chunks it already took. Duplicate ids are sent once. Returns every
        chunk's outcome; a failed chunk does not stop the others (see
        `BulkSendResult.raise_for_failures`).
        """
        plan = self._send_plan(
            notification, external_ids, app_id, chunk_size, concurrency, idempotency_key
        )
        return await self._run_plan(plan)

    async def update_tags_bulk(
        self,
        tags_by_external_id: Mapping[str, Mapping[str, str]],
        *,
        app_id: str | UUID | None = None,
        alias_label: str = "external_id",
        concurrency: int = 4,
    ) -> BulkResult[TagOutcome]:
        """Set data tags on many users: one update_user per user (OneSignal has no call that
        tags several users at once), `concurrency` at a time. An empty string as a value
        deletes that tag. Returns every user's outcome; failures do not stop the others.
        """
        plan = self._tags_plan(tags_by_external_id, app_id, alias_label, concurrency)
        return await self._run_plan(plan)
