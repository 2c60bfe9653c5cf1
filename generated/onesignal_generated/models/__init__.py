"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562), so that reading
one answer imports only the models it needs.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alias_identify_request import AliasIdentifyRequest
    from .alias_identify_request_identity import AliasIdentifyRequestIdentity
    from .alias_identity_map import AliasIdentityMap
    from .api_key import ApiKey
    from .api_key_create_request import ApiKeyCreateRequest
    from .api_key_create_response import ApiKeyCreateResponse
    from .api_key_empty_response import ApiKeyEmptyResponse
    from .api_key_ip_allowlist_mode import ApiKeyIpAllowlistMode
    from .api_key_list_response import ApiKeyListResponse
    from .api_key_rotate_response import ApiKeyRotateResponse
    from .api_key_update_request import ApiKeyUpdateRequest
    from .app import App
    from .app_create_request import AppCreateRequest
    from .app_update_request import AppUpdateRequest
    from .audit_log_actor import AuditLogActor
    from .audit_log_actor_metadata import AuditLogActorMetadata
    from .audit_log_context import AuditLogContext
    from .audit_log_context_metadata import AuditLogContextMetadata
    from .audit_log_event import AuditLogEvent
    from .audit_log_event_metadata import AuditLogEventMetadata
    from .audit_log_list_response import AuditLogListResponse
    from .audit_log_target import AuditLogTarget
    from .audit_log_target_metadata import AuditLogTargetMetadata
    from .custom_event import CustomEvent
    from .custom_event_error import CustomEventError
    from .custom_event_error_detail import CustomEventErrorDetail
    from .custom_event_properties import CustomEventProperties
    from .custom_events_request import CustomEventsRequest
    from .custom_events_response import CustomEventsResponse
    from .email_metric_counts import EmailMetricCounts
    from .email_metrics_timeseries_event import EmailMetricsTimeseriesEvent
    from .email_metrics_timeseries_event_event import EmailMetricsTimeseriesEventEvent
    from .email_metrics_timeseries_point import EmailMetricsTimeseriesPoint
    from .email_metrics_timeseries_response import EmailMetricsTimeseriesResponse
    from .email_metrics_timeseries_response_granularity import (
        EmailMetricsTimeseriesResponseGranularity,
    )
    from .email_provider_metrics import EmailProviderMetrics
    from .email_provider_metrics_response import EmailProviderMetricsResponse
    from .email_reputation_response import EmailReputationResponse
    from .email_reputation_window import EmailReputationWindow
    from .error_body import ErrorBody
    from .error_object import ErrorObject
    from .error_object_meta import ErrorObjectMeta
    from .export_events_result import ExportEventsResult
    from .export_subscriptions_request import ExportSubscriptionsRequest
    from .export_subscriptions_request_extra_fields_item import (
        ExportSubscriptionsRequestExtraFieldsItem,
    )
    from .export_subscriptions_result import ExportSubscriptionsResult
    from .filter_ import Filter
    from .filter_operator import FilterOperator
    from .filter_relation import FilterRelation
    from .get_email_provider_metrics_timeseries_granularity import (
        GetEmailProviderMetricsTimeseriesGranularity,
    )
    from .get_notification_outcome_attribution import GetNotificationOutcomeAttribution
    from .get_notification_outcome_time_range import GetNotificationOutcomeTimeRange
    from .get_notifications_kind import GetNotificationsKind
    from .get_outcomes_outcome_attribution import GetOutcomesOutcomeAttribution
    from .get_outcomes_outcome_time_range import GetOutcomesOutcomeTimeRange
    from .iam_list_response import IamListResponse
    from .iam_message import IamMessage
    from .iam_message_redisplay import IamMessageRedisplay
    from .iam_message_triggers_item_item import IamMessageTriggersItemItem
    from .iam_message_variants import IamMessageVariants
    from .journey import Journey
    from .journey_audience import JourneyAudience
    from .journey_audience_kind import JourneyAudienceKind
    from .journey_branch import JourneyBranch
    from .journey_branch_stats import JourneyBranchStats
    from .journey_condition import JourneyCondition
    from .journey_condition_action import JourneyConditionAction
    from .journey_condition_entry_event_match_attributes_type_0_item import (
        JourneyConditionEntryEventMatchAttributesType0Item,
    )
    from .journey_condition_kind import JourneyConditionKind
    from .journey_create_request import JourneyCreateRequest
    from .journey_delete_response import JourneyDeleteResponse
    from .journey_duplicate_overrides import JourneyDuplicateOverrides
    from .journey_duplicate_request import JourneyDuplicateRequest
    from .journey_early_exit import JourneyEarlyExit
    from .journey_early_exit_on_event import JourneyEarlyExitOnEvent
    from .journey_early_exit_on_segment import JourneyEarlyExitOnSegment
    from .journey_early_exit_rules import JourneyEarlyExitRules
    from .journey_early_exit_tag_on_early_exit import JourneyEarlyExitTagOnEarlyExit
    from .journey_event_attribute import JourneyEventAttribute
    from .journey_event_attribute_operator import JourneyEventAttributeOperator
    from .journey_list_audience import JourneyListAudience
    from .journey_list_audience_kind import JourneyListAudienceKind
    from .journey_list_item import JourneyListItem
    from .journey_list_response import JourneyListResponse
    from .journey_message_stats import JourneyMessageStats
    from .journey_message_stats_totals import JourneyMessageStatsTotals
    from .journey_node import JourneyNode
    from .journey_node_assignments import JourneyNodeAssignments
    from .journey_node_kind import JourneyNodeKind
    from .journey_node_relative_to import JourneyNodeRelativeTo
    from .journey_node_stats import JourneyNodeStats
    from .journey_node_update_request import JourneyNodeUpdateRequest
    from .journey_node_update_request_assignments import (
        JourneyNodeUpdateRequestAssignments,
    )
    from .journey_node_update_request_relative_to import (
        JourneyNodeUpdateRequestRelativeTo,
    )
    from .journey_reentry_rules import JourneyReentryRules
    from .journey_schedule import JourneySchedule
    from .journey_state import JourneyState
    from .journey_stats import JourneyStats
    from .journey_stats_branches import JourneyStatsBranches
    from .journey_stats_nodes import JourneyStatsNodes
    from .journey_time_point import JourneyTimePoint
    from .journey_time_window import JourneyTimeWindow
    from .journey_update_request import JourneyUpdateRequest
    from .journey_update_request_state import JourneyUpdateRequestState
    from .journey_wait_until_expiration import JourneyWaitUntilExpiration
    from .language_string_map import LanguageStringMap
    from .live_activity_start_request import LiveActivityStartRequest
    from .live_activity_start_request_event import LiveActivityStartRequestEvent
    from .live_activity_start_request_event_attributes import (
        LiveActivityStartRequestEventAttributes,
    )
    from .live_activity_start_request_event_updates import (
        LiveActivityStartRequestEventUpdates,
    )
    from .live_activity_start_request_include_aliases import (
        LiveActivityStartRequestIncludeAliases,
    )
    from .live_activity_start_request_priority import LiveActivityStartRequestPriority
    from .live_activity_start_response import LiveActivityStartResponse
    from .live_activity_token_request import LiveActivityTokenRequest
    from .live_activity_update_request import LiveActivityUpdateRequest
    from .live_activity_update_request_event import LiveActivityUpdateRequestEvent
    from .live_activity_update_request_event_updates import (
        LiveActivityUpdateRequestEventUpdates,
    )
    from .live_activity_update_request_priority import LiveActivityUpdateRequestPriority
    from .live_activity_update_response import LiveActivityUpdateResponse
    from .notification import Notification
    from .notification_apns_alert import NotificationApnsAlert
    from .notification_background_layout import NotificationBackgroundLayout
    from .notification_button import NotificationButton
    from .notification_cancel_result import NotificationCancelResult
    from .notification_create_result import NotificationCreateResult
    from .notification_custom_data import NotificationCustomData
    from .notification_data import NotificationData
    from .notification_delivery_stats import NotificationDeliveryStats
    from .notification_detail import NotificationDetail
    from .notification_detail_contents_type_0 import NotificationDetailContentsType0
    from .notification_detail_data_type_0 import NotificationDetailDataType0
    from .notification_detail_headings_type_0 import NotificationDetailHeadingsType0
    from .notification_detail_include_aliases_type_0 import (
        NotificationDetailIncludeAliasesType0,
    )
    from .notification_email_warm_up import NotificationEmailWarmUp
    from .notification_email_warm_up_stage import NotificationEmailWarmUpStage
    from .notification_email_warm_up_status import NotificationEmailWarmUpStatus
    from .notification_email_warm_up_strategy import NotificationEmailWarmUpStrategy
    from .notification_estimate_request import NotificationEstimateRequest
    from .notification_estimate_request_include_aliases import (
        NotificationEstimateRequestIncludeAliases,
    )
    from .notification_estimate_request_target_channel import (
        NotificationEstimateRequestTargetChannel,
    )
    from .notification_estimate_result import NotificationEstimateResult
    from .notification_fields import NotificationFields
    from .notification_fields_aggregation import NotificationFieldsAggregation
    from .notification_fields_android_visibility import (
        NotificationFieldsAndroidVisibility,
    )
    from .notification_fields_delayed_option import NotificationFieldsDelayedOption
    from .notification_fields_huawei_category import NotificationFieldsHuaweiCategory
    from .notification_fields_huawei_msg_type import NotificationFieldsHuaweiMsgType
    from .notification_fields_huawei_visibility import (
        NotificationFieldsHuaweiVisibility,
    )
    from .notification_fields_ios_badge_type import NotificationFieldsIosBadgeType
    from .notification_fields_ios_interruption_level import (
        NotificationFieldsIosInterruptionLevel,
    )
    from .notification_fields_kind import NotificationFieldsKind
    from .notification_fields_priority import NotificationFieldsPriority
    from .notification_fields_target_channel import NotificationFieldsTargetChannel
    from .notification_history_request import NotificationHistoryRequest
    from .notification_history_request_events import NotificationHistoryRequestEvents
    from .notification_history_result import NotificationHistoryResult
    from .notification_include_aliases import NotificationIncludeAliases
    from .notification_invalid_targets import NotificationInvalidTargets
    from .notification_invalid_targets_invalid_aliases import (
        NotificationInvalidTargetsInvalidAliases,
    )
    from .notification_ios_attachments import NotificationIosAttachments
    from .notification_outcome import NotificationOutcome
    from .notification_outcome_aggregation import NotificationOutcomeAggregation
    from .notification_page import NotificationPage
    from .notification_platform_delivery_stats import NotificationPlatformDeliveryStats
    from .outcome_data import OutcomeData
    from .outcome_data_aggregation import OutcomeDataAggregation
    from .outcome_list_response import OutcomeListResponse
    from .properties_deltas import PropertiesDeltas
    from .properties_object import PropertiesObject
    from .properties_purchase import PropertiesPurchase
    from .properties_tags import PropertiesTags
    from .segment import Segment
    from .segment_create_request import SegmentCreateRequest
    from .segment_delete_response import SegmentDeleteResponse
    from .segment_detail import SegmentDetail
    from .segment_detail_filter import SegmentDetailFilter
    from .segment_detail_filter_operator import SegmentDetailFilterOperator
    from .segment_detail_response import SegmentDetailResponse
    from .segment_detail_source import SegmentDetailSource
    from .segment_list_response import SegmentListResponse
    from .segment_save_response import SegmentSaveResponse
    from .segment_update_request import SegmentUpdateRequest
    from .subscription import Subscription
    from .subscription_accepted_response import SubscriptionAcceptedResponse
    from .subscription_changes import SubscriptionChanges
    from .subscription_changes_net_type import SubscriptionChangesNetType
    from .subscription_create_request import SubscriptionCreateRequest
    from .subscription_net_type import SubscriptionNetType
    from .subscription_new import SubscriptionNew
    from .subscription_new_net_type import SubscriptionNewNetType
    from .subscription_response import SubscriptionResponse
    from .subscription_test_type_type_1 import SubscriptionTestTypeType1
    from .subscription_test_type_type_2_type_1 import SubscriptionTestTypeType2Type1
    from .subscription_test_type_type_3_type_1 import SubscriptionTestTypeType3Type1
    from .subscription_token_changes import SubscriptionTokenChanges
    from .subscription_token_changes_net_type import SubscriptionTokenChangesNetType
    from .subscription_token_update_request import SubscriptionTokenUpdateRequest
    from .subscription_transfer_request import SubscriptionTransferRequest
    from .subscription_transfer_request_identity import (
        SubscriptionTransferRequestIdentity,
    )
    from .subscription_type import SubscriptionType
    from .subscription_update_request import SubscriptionUpdateRequest
    from .template import Template
    from .template_content import TemplateContent
    from .template_content_contents_type_0 import TemplateContentContentsType0
    from .template_content_headings_type_0 import TemplateContentHeadingsType0
    from .template_content_subtitle_type_0 import TemplateContentSubtitleType0
    from .template_copy_request import TemplateCopyRequest
    from .template_copy_response import TemplateCopyResponse
    from .template_create_request import TemplateCreateRequest
    from .template_delete_response import TemplateDeleteResponse
    from .template_list_response import TemplateListResponse
    from .template_update_request import TemplateUpdateRequest
    from .unsubscribe_email_result import UnsubscribeEmailResult
    from .unsubscribe_email_result_success_type_0 import (
        UnsubscribeEmailResultSuccessType0,
    )
    from .update_subscription_by_token_token_type import (
        UpdateSubscriptionByTokenTokenType,
    )
    from .user import User
    from .user_create_request import UserCreateRequest
    from .user_create_request_identity import UserCreateRequestIdentity
    from .user_identity_response import UserIdentityResponse
    from .user_update_request import UserUpdateRequest
    from .user_update_response import UserUpdateResponse
    from .view_templates_channel import ViewTemplatesChannel

# Model name -> the module that defines it.
_MODULES = {
    "AliasIdentifyRequest": ".alias_identify_request",
    "AliasIdentifyRequestIdentity": ".alias_identify_request_identity",
    "AliasIdentityMap": ".alias_identity_map",
    "ApiKey": ".api_key",
    "ApiKeyCreateRequest": ".api_key_create_request",
    "ApiKeyCreateResponse": ".api_key_create_response",
    "ApiKeyEmptyResponse": ".api_key_empty_response",
    "ApiKeyIpAllowlistMode": ".api_key_ip_allowlist_mode",
    "ApiKeyListResponse": ".api_key_list_response",
    "ApiKeyRotateResponse": ".api_key_rotate_response",
    "ApiKeyUpdateRequest": ".api_key_update_request",
    "App": ".app",
    "AppCreateRequest": ".app_create_request",
    "AppUpdateRequest": ".app_update_request",
    "AuditLogActor": ".audit_log_actor",
    "AuditLogActorMetadata": ".audit_log_actor_metadata",
    "AuditLogContext": ".audit_log_context",
    "AuditLogContextMetadata": ".audit_log_context_metadata",
    "AuditLogEvent": ".audit_log_event",
    "AuditLogEventMetadata": ".audit_log_event_metadata",
    "AuditLogListResponse": ".audit_log_list_response",
    "AuditLogTarget": ".audit_log_target",
    "AuditLogTargetMetadata": ".audit_log_target_metadata",
    "CustomEvent": ".custom_event",
    "CustomEventError": ".custom_event_error",
    "CustomEventErrorDetail": ".custom_event_error_detail",
    "CustomEventProperties": ".custom_event_properties",
    "CustomEventsRequest": ".custom_events_request",
    "CustomEventsResponse": ".custom_events_response",
    "EmailMetricCounts": ".email_metric_counts",
    "EmailMetricsTimeseriesEvent": ".email_metrics_timeseries_event",
    "EmailMetricsTimeseriesEventEvent": ".email_metrics_timeseries_event_event",
    "EmailMetricsTimeseriesPoint": ".email_metrics_timeseries_point",
    "EmailMetricsTimeseriesResponse": ".email_metrics_timeseries_response",
    "EmailMetricsTimeseriesResponseGranularity": ".email_metrics_timeseries_response_granularity",
    "EmailProviderMetrics": ".email_provider_metrics",
    "EmailProviderMetricsResponse": ".email_provider_metrics_response",
    "EmailReputationResponse": ".email_reputation_response",
    "EmailReputationWindow": ".email_reputation_window",
    "ErrorBody": ".error_body",
    "ErrorObject": ".error_object",
    "ErrorObjectMeta": ".error_object_meta",
    "ExportEventsResult": ".export_events_result",
    "ExportSubscriptionsRequest": ".export_subscriptions_request",
    "ExportSubscriptionsRequestExtraFieldsItem": ".export_subscriptions_request_extra_fields_item",
    "ExportSubscriptionsResult": ".export_subscriptions_result",
    "Filter": ".filter_",
    "FilterOperator": ".filter_operator",
    "FilterRelation": ".filter_relation",
    "GetEmailProviderMetricsTimeseriesGranularity": ".get_email_provider_metrics_timeseries_granularity",
    "GetNotificationOutcomeAttribution": ".get_notification_outcome_attribution",
    "GetNotificationOutcomeTimeRange": ".get_notification_outcome_time_range",
    "GetNotificationsKind": ".get_notifications_kind",
    "GetOutcomesOutcomeAttribution": ".get_outcomes_outcome_attribution",
    "GetOutcomesOutcomeTimeRange": ".get_outcomes_outcome_time_range",
    "IamListResponse": ".iam_list_response",
    "IamMessage": ".iam_message",
    "IamMessageRedisplay": ".iam_message_redisplay",
    "IamMessageTriggersItemItem": ".iam_message_triggers_item_item",
    "IamMessageVariants": ".iam_message_variants",
    "Journey": ".journey",
    "JourneyAudience": ".journey_audience",
    "JourneyAudienceKind": ".journey_audience_kind",
    "JourneyBranch": ".journey_branch",
    "JourneyBranchStats": ".journey_branch_stats",
    "JourneyCondition": ".journey_condition",
    "JourneyConditionAction": ".journey_condition_action",
    "JourneyConditionEntryEventMatchAttributesType0Item": ".journey_condition_entry_event_match_attributes_type_0_item",
    "JourneyConditionKind": ".journey_condition_kind",
    "JourneyCreateRequest": ".journey_create_request",
    "JourneyDeleteResponse": ".journey_delete_response",
    "JourneyDuplicateOverrides": ".journey_duplicate_overrides",
    "JourneyDuplicateRequest": ".journey_duplicate_request",
    "JourneyEarlyExit": ".journey_early_exit",
    "JourneyEarlyExitOnEvent": ".journey_early_exit_on_event",
    "JourneyEarlyExitOnSegment": ".journey_early_exit_on_segment",
    "JourneyEarlyExitRules": ".journey_early_exit_rules",
    "JourneyEarlyExitTagOnEarlyExit": ".journey_early_exit_tag_on_early_exit",
    "JourneyEventAttribute": ".journey_event_attribute",
    "JourneyEventAttributeOperator": ".journey_event_attribute_operator",
    "JourneyListAudience": ".journey_list_audience",
    "JourneyListAudienceKind": ".journey_list_audience_kind",
    "JourneyListItem": ".journey_list_item",
    "JourneyListResponse": ".journey_list_response",
    "JourneyMessageStats": ".journey_message_stats",
    "JourneyMessageStatsTotals": ".journey_message_stats_totals",
    "JourneyNode": ".journey_node",
    "JourneyNodeAssignments": ".journey_node_assignments",
    "JourneyNodeKind": ".journey_node_kind",
    "JourneyNodeRelativeTo": ".journey_node_relative_to",
    "JourneyNodeStats": ".journey_node_stats",
    "JourneyNodeUpdateRequest": ".journey_node_update_request",
    "JourneyNodeUpdateRequestAssignments": ".journey_node_update_request_assignments",
    "JourneyNodeUpdateRequestRelativeTo": ".journey_node_update_request_relative_to",
    "JourneyReentryRules": ".journey_reentry_rules",
    "JourneySchedule": ".journey_schedule",
    "JourneyState": ".journey_state",
    "JourneyStats": ".journey_stats",
    "JourneyStatsBranches": ".journey_stats_branches",
    "JourneyStatsNodes": ".journey_stats_nodes",
    "JourneyTimePoint": ".journey_time_point",
    "JourneyTimeWindow": ".journey_time_window",
    "JourneyUpdateRequest": ".journey_update_request",
    "JourneyUpdateRequestState": ".journey_update_request_state",
    "JourneyWaitUntilExpiration": ".journey_wait_until_expiration",
    "LanguageStringMap": ".language_string_map",
    "LiveActivityStartRequest": ".live_activity_start_request",
    "LiveActivityStartRequestEvent": ".live_activity_start_request_event",
    "LiveActivityStartRequestEventAttributes": ".live_activity_start_request_event_attributes",
    "LiveActivityStartRequestEventUpdates": ".live_activity_start_request_event_updates",
    "LiveActivityStartRequestIncludeAliases": ".live_activity_start_request_include_aliases",
    "LiveActivityStartRequestPriority": ".live_activity_start_request_priority",
    "LiveActivityStartResponse": ".live_activity_start_response",
    "LiveActivityTokenRequest": ".live_activity_token_request",
    "LiveActivityUpdateRequest": ".live_activity_update_request",
    "LiveActivityUpdateRequestEvent": ".live_activity_update_request_event",
    "LiveActivityUpdateRequestEventUpdates": ".live_activity_update_request_event_updates",
    "LiveActivityUpdateRequestPriority": ".live_activity_update_request_priority",
    "LiveActivityUpdateResponse": ".live_activity_update_response",
    "Notification": ".notification",
    "NotificationApnsAlert": ".notification_apns_alert",
    "NotificationBackgroundLayout": ".notification_background_layout",
    "NotificationButton": ".notification_button",
    "NotificationCancelResult": ".notification_cancel_result",
    "NotificationCreateResult": ".notification_create_result",
    "NotificationCustomData": ".notification_custom_data",
    "NotificationData": ".notification_data",
    "NotificationDeliveryStats": ".notification_delivery_stats",
    "NotificationDetail": ".notification_detail",
    "NotificationDetailContentsType0": ".notification_detail_contents_type_0",
    "NotificationDetailDataType0": ".notification_detail_data_type_0",
    "NotificationDetailHeadingsType0": ".notification_detail_headings_type_0",
    "NotificationDetailIncludeAliasesType0": ".notification_detail_include_aliases_type_0",
    "NotificationEmailWarmUp": ".notification_email_warm_up",
    "NotificationEmailWarmUpStage": ".notification_email_warm_up_stage",
    "NotificationEmailWarmUpStatus": ".notification_email_warm_up_status",
    "NotificationEmailWarmUpStrategy": ".notification_email_warm_up_strategy",
    "NotificationEstimateRequest": ".notification_estimate_request",
    "NotificationEstimateRequestIncludeAliases": ".notification_estimate_request_include_aliases",
    "NotificationEstimateRequestTargetChannel": ".notification_estimate_request_target_channel",
    "NotificationEstimateResult": ".notification_estimate_result",
    "NotificationFields": ".notification_fields",
    "NotificationFieldsAggregation": ".notification_fields_aggregation",
    "NotificationFieldsAndroidVisibility": ".notification_fields_android_visibility",
    "NotificationFieldsDelayedOption": ".notification_fields_delayed_option",
    "NotificationFieldsHuaweiCategory": ".notification_fields_huawei_category",
    "NotificationFieldsHuaweiMsgType": ".notification_fields_huawei_msg_type",
    "NotificationFieldsHuaweiVisibility": ".notification_fields_huawei_visibility",
    "NotificationFieldsIosBadgeType": ".notification_fields_ios_badge_type",
    "NotificationFieldsIosInterruptionLevel": ".notification_fields_ios_interruption_level",
    "NotificationFieldsKind": ".notification_fields_kind",
    "NotificationFieldsPriority": ".notification_fields_priority",
    "NotificationFieldsTargetChannel": ".notification_fields_target_channel",
    "NotificationHistoryRequest": ".notification_history_request",
    "NotificationHistoryRequestEvents": ".notification_history_request_events",
    "NotificationHistoryResult": ".notification_history_result",
    "NotificationIncludeAliases": ".notification_include_aliases",
    "NotificationInvalidTargets": ".notification_invalid_targets",
    "NotificationInvalidTargetsInvalidAliases": ".notification_invalid_targets_invalid_aliases",
    "NotificationIosAttachments": ".notification_ios_attachments",
    "NotificationOutcome": ".notification_outcome",
    "NotificationOutcomeAggregation": ".notification_outcome_aggregation",
    "NotificationPage": ".notification_page",
    "NotificationPlatformDeliveryStats": ".notification_platform_delivery_stats",
    "OutcomeData": ".outcome_data",
    "OutcomeDataAggregation": ".outcome_data_aggregation",
    "OutcomeListResponse": ".outcome_list_response",
    "PropertiesDeltas": ".properties_deltas",
    "PropertiesObject": ".properties_object",
    "PropertiesPurchase": ".properties_purchase",
    "PropertiesTags": ".properties_tags",
    "Segment": ".segment",
    "SegmentCreateRequest": ".segment_create_request",
    "SegmentDeleteResponse": ".segment_delete_response",
    "SegmentDetail": ".segment_detail",
    "SegmentDetailFilter": ".segment_detail_filter",
    "SegmentDetailFilterOperator": ".segment_detail_filter_operator",
    "SegmentDetailResponse": ".segment_detail_response",
    "SegmentDetailSource": ".segment_detail_source",
    "SegmentListResponse": ".segment_list_response",
    "SegmentSaveResponse": ".segment_save_response",
    "SegmentUpdateRequest": ".segment_update_request",
    "Subscription": ".subscription",
    "SubscriptionAcceptedResponse": ".subscription_accepted_response",
    "SubscriptionChanges": ".subscription_changes",
    "SubscriptionChangesNetType": ".subscription_changes_net_type",
    "SubscriptionCreateRequest": ".subscription_create_request",
    "SubscriptionNetType": ".subscription_net_type",
    "SubscriptionNew": ".subscription_new",
    "SubscriptionNewNetType": ".subscription_new_net_type",
    "SubscriptionResponse": ".subscription_response",
    "SubscriptionTestTypeType1": ".subscription_test_type_type_1",
    "SubscriptionTestTypeType2Type1": ".subscription_test_type_type_2_type_1",
    "SubscriptionTestTypeType3Type1": ".subscription_test_type_type_3_type_1",
    "SubscriptionTokenChanges": ".subscription_token_changes",
    "SubscriptionTokenChangesNetType": ".subscription_token_changes_net_type",
    "SubscriptionTokenUpdateRequest": ".subscription_token_update_request",
    "SubscriptionTransferRequest": ".subscription_transfer_request",
    "SubscriptionTransferRequestIdentity": ".subscription_transfer_request_identity",
    "SubscriptionType": ".subscription_type",
    "SubscriptionUpdateRequest": ".subscription_update_request",
    "Template": ".template",
    "TemplateContent": ".template_content",
    "TemplateContentContentsType0": ".template_content_contents_type_0",
    "TemplateContentHeadingsType0": ".template_content_headings_type_0",
    "TemplateContentSubtitleType0": ".template_content_subtitle_type_0",
    "TemplateCopyRequest": ".template_copy_request",
    "TemplateCopyResponse": ".template_copy_response",
    "TemplateCreateRequest": ".template_create_request",
    "TemplateDeleteResponse": ".template_delete_response",
    "TemplateListResponse": ".template_list_response",
    "TemplateUpdateRequest": ".template_update_request",
    "UnsubscribeEmailResult": ".unsubscribe_email_result",
    "UnsubscribeEmailResultSuccessType0": ".unsubscribe_email_result_success_type_0",
    "UpdateSubscriptionByTokenTokenType": ".update_subscription_by_token_token_type",
    "User": ".user",
    "UserCreateRequest": ".user_create_request",
    "UserCreateRequestIdentity": ".user_create_request_identity",
    "UserIdentityResponse": ".user_identity_response",
    "UserUpdateRequest": ".user_update_request",
    "UserUpdateResponse": ".user_update_response",
    "ViewTemplatesChannel": ".view_templates_channel",
}

if not TYPE_CHECKING:  # type checkers read the imports above

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return [*globals(), *_MODULES]


__all__ = (
    "AliasIdentifyRequest",
    "AliasIdentifyRequestIdentity",
    "AliasIdentityMap",
    "ApiKey",
    "ApiKeyCreateRequest",
    "ApiKeyCreateResponse",
    "ApiKeyEmptyResponse",
    "ApiKeyIpAllowlistMode",
    "ApiKeyListResponse",
    "ApiKeyRotateResponse",
    "ApiKeyUpdateRequest",
    "App",
    "AppCreateRequest",
    "AppUpdateRequest",
    "AuditLogActor",
    "AuditLogActorMetadata",
    "AuditLogContext",
    "AuditLogContextMetadata",
    "AuditLogEvent",
    "AuditLogEventMetadata",
    "AuditLogListResponse",
    "AuditLogTarget",
    "AuditLogTargetMetadata",
    "CustomEvent",
    "CustomEventError",
    "CustomEventErrorDetail",
    "CustomEventProperties",
    "CustomEventsRequest",
    "CustomEventsResponse",
    "EmailMetricCounts",
    "EmailMetricsTimeseriesEvent",
    "EmailMetricsTimeseriesEventEvent",
    "EmailMetricsTimeseriesPoint",
    "EmailMetricsTimeseriesResponse",
    "EmailMetricsTimeseriesResponseGranularity",
    "EmailProviderMetrics",
    "EmailProviderMetricsResponse",
    "EmailReputationResponse",
    "EmailReputationWindow",
    "ErrorBody",
    "ErrorObject",
    "ErrorObjectMeta",
    "ExportEventsResult",
    "ExportSubscriptionsRequest",
    "ExportSubscriptionsRequestExtraFieldsItem",
    "ExportSubscriptionsResult",
    "Filter",
    "FilterOperator",
    "FilterRelation",
    "GetEmailProviderMetricsTimeseriesGranularity",
    "GetNotificationOutcomeAttribution",
    "GetNotificationOutcomeTimeRange",
    "GetNotificationsKind",
    "GetOutcomesOutcomeAttribution",
    "GetOutcomesOutcomeTimeRange",
    "IamListResponse",
    "IamMessage",
    "IamMessageRedisplay",
    "IamMessageTriggersItemItem",
    "IamMessageVariants",
    "Journey",
    "JourneyAudience",
    "JourneyAudienceKind",
    "JourneyBranch",
    "JourneyBranchStats",
    "JourneyCondition",
    "JourneyConditionAction",
    "JourneyConditionEntryEventMatchAttributesType0Item",
    "JourneyConditionKind",
    "JourneyCreateRequest",
    "JourneyDeleteResponse",
    "JourneyDuplicateOverrides",
    "JourneyDuplicateRequest",
    "JourneyEarlyExit",
    "JourneyEarlyExitOnEvent",
    "JourneyEarlyExitOnSegment",
    "JourneyEarlyExitRules",
    "JourneyEarlyExitTagOnEarlyExit",
    "JourneyEventAttribute",
    "JourneyEventAttributeOperator",
    "JourneyListAudience",
    "JourneyListAudienceKind",
    "JourneyListItem",
    "JourneyListResponse",
    "JourneyMessageStats",
    "JourneyMessageStatsTotals",
    "JourneyNode",
    "JourneyNodeAssignments",
    "JourneyNodeKind",
    "JourneyNodeRelativeTo",
    "JourneyNodeStats",
    "JourneyNodeUpdateRequest",
    "JourneyNodeUpdateRequestAssignments",
    "JourneyNodeUpdateRequestRelativeTo",
    "JourneyReentryRules",
    "JourneySchedule",
    "JourneyState",
    "JourneyStats",
    "JourneyStatsBranches",
    "JourneyStatsNodes",
    "JourneyTimePoint",
    "JourneyTimeWindow",
    "JourneyUpdateRequest",
    "JourneyUpdateRequestState",
    "JourneyWaitUntilExpiration",
    "LanguageStringMap",
    "LiveActivityStartRequest",
    "LiveActivityStartRequestEvent",
    "LiveActivityStartRequestEventAttributes",
    "LiveActivityStartRequestEventUpdates",
    "LiveActivityStartRequestIncludeAliases",
    "LiveActivityStartRequestPriority",
    "LiveActivityStartResponse",
    "LiveActivityTokenRequest",
    "LiveActivityUpdateRequest",
    "LiveActivityUpdateRequestEvent",
    "LiveActivityUpdateRequestEventUpdates",
    "LiveActivityUpdateRequestPriority",
    "LiveActivityUpdateResponse",
    "Notification",
    "NotificationApnsAlert",
    "NotificationBackgroundLayout",
    "NotificationButton",
    "NotificationCancelResult",
    "NotificationCreateResult",
    "NotificationCustomData",
    "NotificationData",
    "NotificationDeliveryStats",
    "NotificationDetail",
    "NotificationDetailContentsType0",
    "NotificationDetailDataType0",
    "NotificationDetailHeadingsType0",
    "NotificationDetailIncludeAliasesType0",
    "NotificationEmailWarmUp",
    "NotificationEmailWarmUpStage",
    "NotificationEmailWarmUpStatus",
    "NotificationEmailWarmUpStrategy",
    "NotificationEstimateRequest",
    "NotificationEstimateRequestIncludeAliases",
    "NotificationEstimateRequestTargetChannel",
    "NotificationEstimateResult",
    "NotificationFields",
    "NotificationFieldsAggregation",
    "NotificationFieldsAndroidVisibility",
    "NotificationFieldsDelayedOption",
    "NotificationFieldsHuaweiCategory",
    "NotificationFieldsHuaweiMsgType",
    "NotificationFieldsHuaweiVisibility",
    "NotificationFieldsIosBadgeType",
    "NotificationFieldsIosInterruptionLevel",
    "NotificationFieldsKind",
    "NotificationFieldsPriority",
    "NotificationFieldsTargetChannel",
    "NotificationHistoryRequest",
    "NotificationHistoryRequestEvents",
    "NotificationHistoryResult",
    "NotificationIncludeAliases",
    "NotificationInvalidTargets",
    "NotificationInvalidTargetsInvalidAliases",
    "NotificationIosAttachments",
    "NotificationOutcome",
    "NotificationOutcomeAggregation",
    "NotificationPage",
    "NotificationPlatformDeliveryStats",
    "OutcomeData",
    "OutcomeDataAggregation",
    "OutcomeListResponse",
    "PropertiesDeltas",
    "PropertiesObject",
    "PropertiesPurchase",
    "PropertiesTags",
    "Segment",
    "SegmentCreateRequest",
    "SegmentDeleteResponse",
    "SegmentDetail",
    "SegmentDetailFilter",
    "SegmentDetailFilterOperator",
    "SegmentDetailResponse",
    "SegmentDetailSource",
    "SegmentListResponse",
    "SegmentSaveResponse",
    "SegmentUpdateRequest",
    "Subscription",
    "SubscriptionAcceptedResponse",
    "SubscriptionChanges",
    "SubscriptionChangesNetType",
    "SubscriptionCreateRequest",
    "SubscriptionNetType",
    "SubscriptionNew",
    "SubscriptionNewNetType",
    "SubscriptionResponse",
    "SubscriptionTestTypeType1",
    "SubscriptionTestTypeType2Type1",
    "SubscriptionTestTypeType3Type1",
    "SubscriptionTokenChanges",
    "SubscriptionTokenChangesNetType",
    "SubscriptionTokenUpdateRequest",
    "SubscriptionTransferRequest",
    "SubscriptionTransferRequestIdentity",
    "SubscriptionType",
    "SubscriptionUpdateRequest",
    "Template",
    "TemplateContent",
    "TemplateContentContentsType0",
    "TemplateContentHeadingsType0",
    "TemplateContentSubtitleType0",
    "TemplateCopyRequest",
    "TemplateCopyResponse",
    "TemplateCreateRequest",
    "TemplateDeleteResponse",
    "TemplateListResponse",
    "TemplateUpdateRequest",
    "UnsubscribeEmailResult",
    "UnsubscribeEmailResultSuccessType0",
    "UpdateSubscriptionByTokenTokenType",
    "User",
    "UserCreateRequest",
    "UserCreateRequestIdentity",
    "UserIdentityResponse",
    "UserUpdateRequest",
    "UserUpdateResponse",
    "ViewTemplatesChannel",
)
