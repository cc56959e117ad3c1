"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): with a few hundred models, importing them all eagerly
would cost most of the package's import time, and an endpoint module only needs its own.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_item import ActionItem
    from .activity_attachment import ActivityAttachment
    from .activity_custom_field import ActivityCustomField
    from .activity_custom_field_create import ActivityCustomFieldCreate
    from .activity_custom_field_list import ActivityCustomFieldList
    from .activity_custom_field_update import ActivityCustomFieldUpdate
    from .activity_list import ActivityList
    from .activity_outcome_autofill_confidence import ActivityOutcomeAutofillConfidence
    from .activity_outcome_reason import ActivityOutcomeReason
    from .activity_playbook_reason import ActivityPlaybookReason
    from .activity_report import ActivityReport
    from .activity_report_aggregations import ActivityReportAggregations
    from .activity_report_metric import ActivityReportMetric
    from .activity_report_metric_queries import ActivityReportMetricQueries
    from .activity_report_metrics import ActivityReportMetrics
    from .activity_report_queries import ActivityReportQueries
    from .activity_report_request import ActivityReportRequest
    from .activity_report_row import ActivityReportRow
    from .activity_report_totals import ActivityReportTotals
    from .activity_report_type import ActivityReportType
    from .address import Address
    from .address_create import AddressCreate
    from .auto_record_calls import AutoRecordCalls
    from .basic_subscription_info_for_contact import BasicSubscriptionInfoForContact
    from .blocked_phone_number import BlockedPhoneNumber
    from .blocked_phone_number_create import BlockedPhoneNumberCreate
    from .blocked_phone_number_list import BlockedPhoneNumberList
    from .blocked_phone_number_settings import BlockedPhoneNumberSettings
    from .blocked_phone_number_settings_update import BlockedPhoneNumberSettingsUpdate
    from .blocked_phone_number_update import BlockedPhoneNumberUpdate
    from .bulk_action_contact_preference import BulkActionContactPreference
    from .bulk_action_object_type import BulkActionObjectType
    from .bulk_action_status import BulkActionStatus
    from .bulk_delete import BulkDelete
    from .bulk_delete_create import BulkDeleteCreate
    from .bulk_delete_list import BulkDeleteList
    from .bulk_delete_s_query import BulkDeleteSQuery
    from .bulk_delete_sort_item import BulkDeleteSortItem
    from .bulk_edit import BulkEdit
    from .bulk_edit_create import BulkEditCreate
    from .bulk_edit_custom_field_operation import BulkEditCustomFieldOperation
    from .bulk_edit_list import BulkEditList
    from .bulk_edit_s_query import BulkEditSQuery
    from .bulk_edit_sort_item import BulkEditSortItem
    from .bulk_edit_type import BulkEditType
    from .bulk_email import BulkEmail
    from .bulk_email_create import BulkEmailCreate
    from .bulk_email_list import BulkEmailList
    from .bulk_email_s_query import BulkEmailSQuery
    from .bulk_email_sort_item import BulkEmailSortItem
    from .bulk_sequence_subscription import BulkSequenceSubscription
    from .bulk_sequence_subscription_action_type import BulkSequenceSubscriptionActionType
    from .bulk_sequence_subscription_create import BulkSequenceSubscriptionCreate
    from .bulk_sequence_subscription_list import BulkSequenceSubscriptionList
    from .bulk_sequence_subscription_s_query import BulkSequenceSubscriptionSQuery
    from .bulk_sequence_subscription_sort_item import BulkSequenceSubscriptionSortItem
    from .call_activity import CallActivity
    from .call_activity_create import CallActivityCreate
    from .call_activity_create_custom_fields_type_0 import CallActivityCreateCustomFieldsType0
    from .call_activity_event import CallActivityEvent
    from .call_activity_list import CallActivityList
    from .call_activity_update import CallActivityUpdate
    from .call_activity_update_custom_fields_type_0 import CallActivityUpdateCustomFieldsType0
    from .call_disposition import CallDisposition
    from .call_method import CallMethod
    from .call_source import CallSource
    from .call_status import CallStatus
    from .carrier_number_type import CarrierNumberType
    from .comment import Comment
    from .comment_create import CommentCreate
    from .comment_list import CommentList
    from .comment_summary import CommentSummary
    from .comment_thread import CommentThread
    from .comment_thread_list import CommentThreadList
    from .comment_update import CommentUpdate
    from .communication_direction import CommunicationDirection
    from .connected_account import ConnectedAccount
    from .connected_account_identity import ConnectedAccountIdentity
    from .connected_account_list import ConnectedAccountList
    from .connected_account_server import ConnectedAccountServer
    from .connected_account_type import ConnectedAccountType
    from .contact import Contact
    from .contact_create import ContactCreate
    from .contact_event import ContactEvent
    from .contact_list import ContactList
    from .contact_recent_call import ContactRecentCall
    from .contact_update import ContactUpdate
    from .contact_url import ContactUrl
    from .created_activity import CreatedActivity
    from .created_activity_list import CreatedActivityList
    from .custom_activity import CustomActivity
    from .custom_activity_create import CustomActivityCreate
    from .custom_activity_create_custom_fields_type_0 import CustomActivityCreateCustomFieldsType0
    from .custom_activity_event import CustomActivityEvent
    from .custom_activity_list import CustomActivityList
    from .custom_activity_status import CustomActivityStatus
    from .custom_activity_type import CustomActivityType
    from .custom_activity_type_create import CustomActivityTypeCreate
    from .custom_activity_type_field import CustomActivityTypeField
    from .custom_activity_type_field_ref import CustomActivityTypeFieldRef
    from .custom_activity_type_list import CustomActivityTypeList
    from .custom_activity_type_update import CustomActivityTypeUpdate
    from .custom_activity_update import CustomActivityUpdate
    from .custom_activity_update_custom_fields_type_0 import CustomActivityUpdateCustomFieldsType0
    from .custom_field import CustomField
    from .custom_field_create import CustomFieldCreate
    from .custom_field_list import CustomFieldList
    from .custom_field_reference import CustomFieldReference
    from .custom_field_schema import CustomFieldSchema
    from .custom_field_schema_field import CustomFieldSchemaField
    from .custom_field_schema_update import CustomFieldSchemaUpdate
    from .custom_field_type import CustomFieldType
    from .custom_field_update import CustomFieldUpdate
    from .custom_field_values import CustomFieldValues
    from .custom_object import CustomObject
    from .custom_object_create import CustomObjectCreate
    from .custom_object_custom_field import CustomObjectCustomField
    from .custom_object_custom_field_create import CustomObjectCustomFieldCreate
    from .custom_object_custom_field_list import CustomObjectCustomFieldList
    from .custom_object_custom_field_update import CustomObjectCustomFieldUpdate
    from .custom_object_list import CustomObjectList
    from .custom_object_type import CustomObjectType
    from .custom_object_type_create import CustomObjectTypeCreate
    from .custom_object_type_field import CustomObjectTypeField
    from .custom_object_type_list import CustomObjectTypeList
    from .custom_object_type_update import CustomObjectTypeUpdate
    from .custom_object_update import CustomObjectUpdate
    from .custom_report import CustomReport
    from .custom_report_bucket import CustomReportBucket
    from .custom_report_interval import CustomReportInterval
    from .custom_report_series import CustomReportSeries
    from .custom_report_series_type import CustomReportSeriesType
    from .custom_report_transform_y import CustomReportTransformY
    from .dialer import Dialer
    from .dialer_list import DialerList
    from .dialer_type import DialerType
    from .dialer_user import DialerUser
    from .email_activity import EmailActivity
    from .email_activity_create import EmailActivityCreate
    from .email_activity_event import EmailActivityEvent
    from .email_activity_list import EmailActivityList
    from .email_activity_update import EmailActivityUpdate
    from .email_address import EmailAddress
    from .email_address_create import EmailAddressCreate
    from .email_envelope import EmailEnvelope
    from .email_envelope_address import EmailEnvelopeAddress
    from .email_open_in import EmailOpenIn
    from .email_quoted_html import EmailQuotedHtml
    from .email_quoted_text import EmailQuotedText
    from .email_status import EmailStatus
    from .email_template import EmailTemplate
    from .email_template_create import EmailTemplateCreate
    from .email_template_list import EmailTemplateList
    from .email_template_render_mode import EmailTemplateRenderMode
    from .email_template_sequence import EmailTemplateSequence
    from .email_template_update import EmailTemplateUpdate
    from .email_thread_activity import EmailThreadActivity
    from .email_thread_activity_event import EmailThreadActivityEvent
    from .email_thread_activity_list import EmailThreadActivityList
    from .empty import Empty
    from .enrich_field_object_type import EnrichFieldObjectType
    from .enrich_field_request import EnrichFieldRequest
    from .enrich_field_result import EnrichFieldResult
    from .error import Error
    from .error_error_type_1 import ErrorErrorType1
    from .error_field_errors import ErrorFieldErrors
    from .event import Event
    from .event_action import EventAction
    from .event_base import EventBase
    from .event_list import EventList
    from .event_meta import EventMeta
    from .event_object_data import EventObjectData
    from .export import Export
    from .export_format import ExportFormat
    from .export_list import ExportList
    from .export_params import ExportParams
    from .export_status import ExportStatus
    from .export_type import ExportType
    from .file_upload import FileUpload
    from .file_upload_download import FileUploadDownload
    from .file_upload_fields import FileUploadFields
    from .file_upload_form import FileUploadForm
    from .file_upload_request import FileUploadRequest
    from .form import Form
    from .form_field_choice import FormFieldChoice
    from .form_field_definition import FormFieldDefinition
    from .form_list import FormList
    from .form_submission_activity import FormSubmissionActivity
    from .form_submission_activity_event import FormSubmissionActivityEvent
    from .form_submission_activity_list import FormSubmissionActivityList
    from .form_submission_values import FormSubmissionValues
    from .funnel_compared_range import FunnelComparedRange
    from .funnel_report_request import FunnelReportRequest
    from .funnel_report_type import FunnelReportType
    from .funnel_stage import FunnelStage
    from .funnel_stages_aggregations import FunnelStagesAggregations
    from .funnel_stages_report import FunnelStagesReport
    from .funnel_stages_user_report import FunnelStagesUserReport
    from .funnel_totals import FunnelTotals
    from .funnel_totals_report import FunnelTotalsReport
    from .group import Group
    from .group_create import GroupCreate
    from .group_list import GroupList
    from .group_member import GroupMember
    from .group_member_create import GroupMemberCreate
    from .group_update import GroupUpdate
    from .integration_link import IntegrationLink
    from .integration_link_create import IntegrationLinkCreate
    from .integration_link_list import IntegrationLinkList
    from .integration_link_type import IntegrationLinkType
    from .integration_link_update import IntegrationLinkUpdate
    from .lead import Lead
    from .lead_contact_create import LeadContactCreate
    from .lead_create import LeadCreate
    from .lead_custom import LeadCustom
    from .lead_event import LeadEvent
    from .lead_export_create import LeadExportCreate
    from .lead_export_type import LeadExportType
    from .lead_list import LeadList
    from .lead_merge_activity import LeadMergeActivity
    from .lead_merge_activity_list import LeadMergeActivityList
    from .lead_merge_status import LeadMergeStatus
    from .lead_recent_calls_item import LeadRecentCallsItem
    from .lead_status import LeadStatus
    from .lead_status_change_activity import LeadStatusChangeActivity
    from .lead_status_change_activity_create import LeadStatusChangeActivityCreate
    from .lead_status_change_activity_event import LeadStatusChangeActivityEvent
    from .lead_status_change_activity_list import LeadStatusChangeActivityList
    from .lead_status_create import LeadStatusCreate
    from .lead_status_list import LeadStatusList
    from .lead_status_report import LeadStatusReport
    from .lead_status_update import LeadStatusUpdate
    from .lead_summaries_item import LeadSummariesItem
    from .lead_task_event import LeadTaskEvent
    from .lead_update import LeadUpdate
    from .list_envelope import ListEnvelope
    from .me import Me
    from .meeting_activity import MeetingActivity
    from .meeting_activity_event import MeetingActivityEvent
    from .meeting_activity_integration import MeetingActivityIntegration
    from .meeting_activity_list import MeetingActivityList
    from .meeting_activity_update import MeetingActivityUpdate
    from .meeting_attendee import MeetingAttendee
    from .meeting_attendee_status import MeetingAttendeeStatus
    from .meeting_conference_link import MeetingConferenceLink
    from .meeting_conference_link_type import MeetingConferenceLinkType
    from .meeting_integration import MeetingIntegration
    from .meeting_integration_data import MeetingIntegrationData
    from .meeting_integration_o_auth_client import MeetingIntegrationOAuthClient
    from .meeting_integration_request import MeetingIntegrationRequest
    from .meeting_paused_subscription import MeetingPausedSubscription
    from .meeting_provider_calendar_type import MeetingProviderCalendarType
    from .meeting_source import MeetingSource
    from .meeting_speaker_side import MeetingSpeakerSide
    from .meeting_status import MeetingStatus
    from .meeting_summary import MeetingSummary
    from .meeting_transcript import MeetingTranscript
    from .meeting_transcript_speaker import MeetingTranscriptSpeaker
    from .meeting_transcript_utterance import MeetingTranscriptUtterance
    from .meeting_transcript_word import MeetingTranscriptWord
    from .membership import Membership
    from .membership_bulk_filter import MembershipBulkFilter
    from .membership_bulk_update import MembershipBulkUpdate
    from .membership_bulk_update_result import MembershipBulkUpdateResult
    from .membership_create import MembershipCreate
    from .membership_pinned_views import MembershipPinnedViews
    from .membership_pinned_views_update import MembershipPinnedViewsUpdate
    from .membership_update import MembershipUpdate
    from .merge_leads_request import MergeLeadsRequest
    from .note_activity import NoteActivity
    from .note_activity_create import NoteActivityCreate
    from .note_activity_event import NoteActivityEvent
    from .note_activity_list import NoteActivityList
    from .note_activity_update import NoteActivityUpdate
    from .note_attachment_in import NoteAttachmentIn
    from .opportunity import Opportunity
    from .opportunity_attachment import OpportunityAttachment
    from .opportunity_attachment_in import OpportunityAttachmentIn
    from .opportunity_comment_summary import OpportunityCommentSummary
    from .opportunity_count_by_value_period import OpportunityCountByValuePeriod
    from .opportunity_create import OpportunityCreate
    from .opportunity_create_custom_fields_type_0 import OpportunityCreateCustomFieldsType0
    from .opportunity_event import OpportunityEvent
    from .opportunity_export_create import OpportunityExportCreate
    from .opportunity_group import OpportunityGroup
    from .opportunity_list import OpportunityList
    from .opportunity_stall_status import OpportunityStallStatus
    from .opportunity_status import OpportunityStatus
    from .opportunity_status_change_activity import OpportunityStatusChangeActivity
    from .opportunity_status_change_activity_create import OpportunityStatusChangeActivityCreate
    from .opportunity_status_change_activity_event import OpportunityStatusChangeActivityEvent
    from .opportunity_status_change_activity_list import OpportunityStatusChangeActivityList
    from .opportunity_status_create import OpportunityStatusCreate
    from .opportunity_status_list import OpportunityStatusList
    from .opportunity_status_report import OpportunityStatusReport
    from .opportunity_status_type import OpportunityStatusType
    from .opportunity_status_update import OpportunityStatusUpdate
    from .opportunity_suggested_action import OpportunitySuggestedAction
    from .opportunity_suggested_action_details import OpportunitySuggestedActionDetails
    from .opportunity_update import OpportunityUpdate
    from .opportunity_value_period import OpportunityValuePeriod
    from .organization import Organization
    from .organization_activity_report import OrganizationActivityReport
    from .organization_activity_report_queries import OrganizationActivityReportQueries
    from .organization_lead_status_ref import OrganizationLeadStatusRef
    from .organization_update import OrganizationUpdate
    from .outcome import Outcome
    from .outcome_applies_to import OutcomeAppliesTo
    from .outcome_create import OutcomeCreate
    from .outcome_list import OutcomeList
    from .outcome_type import OutcomeType
    from .outcome_update import OutcomeUpdate
    from .phone import Phone
    from .phone_create import PhoneCreate
    from .phone_direction import PhoneDirection
    from .phone_number import PhoneNumber
    from .phone_number_list import PhoneNumberList
    from .phone_number_rent import PhoneNumberRent
    from .phone_number_rent_carrier_type import PhoneNumberRentCarrierType
    from .phone_number_sharing import PhoneNumberSharing
    from .phone_number_type import PhoneNumberType
    from .phone_number_update import PhoneNumberUpdate
    from .pipeline import Pipeline
    from .pipeline_create import PipelineCreate
    from .pipeline_list import PipelineList
    from .pipeline_status_reference import PipelineStatusReference
    from .pipeline_update import PipelineUpdate
    from .playbook import Playbook
    from .playbook_create import PlaybookCreate
    from .playbook_list import PlaybookList
    from .playbook_update import PlaybookUpdate
    from .rate_limit_details import RateLimitDetails
    from .rate_limit_error import RateLimitError
    from .rendered_email_template import RenderedEmailTemplate
    from .rendered_integration_link import RenderedIntegrationLink
    from .report_datetime_range import ReportDatetimeRange
    from .report_query import ReportQuery
    from .report_query_type import ReportQueryType
    from .report_relative_range import ReportRelativeRange
    from .role import Role
    from .role_create import RoleCreate
    from .role_list import RoleList
    from .role_update import RoleUpdate
    from .saved_search import SavedSearch
    from .saved_search_create import SavedSearchCreate
    from .saved_search_list import SavedSearchList
    from .saved_search_s_query_type_0 import SavedSearchSQueryType0
    from .saved_search_selected_fields_type_0_item import SavedSearchSelectedFieldsType0Item
    from .saved_search_type import SavedSearchType
    from .saved_search_update import SavedSearchUpdate
    from .scheduling_link import SchedulingLink
    from .scheduling_link_create import SchedulingLinkCreate
    from .scheduling_link_integration_upsert import SchedulingLinkIntegrationUpsert
    from .scheduling_link_list import SchedulingLinkList
    from .scheduling_link_source import SchedulingLinkSource
    from .scheduling_link_type import SchedulingLinkType
    from .scheduling_link_update import SchedulingLinkUpdate
    from .search_and_query import SearchAndQuery
    from .search_count import SearchCount
    from .search_custom_field import SearchCustomField
    from .search_field_condition_query import SearchFieldConditionQuery
    from .search_field_selection import SearchFieldSelection
    from .search_has_related_query import SearchHasRelatedQuery
    from .search_number_range_condition import SearchNumberRangeCondition
    from .search_object_type_query import SearchObjectTypeQuery
    from .search_or_query import SearchOrQuery
    from .search_query import SearchQuery
    from .search_reference_condition import SearchReferenceCondition
    from .search_regular_field import SearchRegularField
    from .search_request import SearchRequest
    from .search_response import SearchResponse
    from .search_result import SearchResult
    from .search_saved_search_query import SearchSavedSearchQuery
    from .search_sort import SearchSort
    from .search_sort_direction import SearchSortDirection
    from .search_sort_field import SearchSortField
    from .search_text_condition import SearchTextCondition
    from .search_text_mode import SearchTextMode
    from .send_as import SendAs
    from .send_as_bulk_update import SendAsBulkUpdate
    from .send_as_create import SendAsCreate
    from .send_as_list import SendAsList
    from .sent_email_stats import SentEmailStats
    from .sent_email_stats_queries import SentEmailStatsQueries
    from .sent_emails_report import SentEmailsReport
    from .sequence import Sequence
    from .sequence_create import SequenceCreate
    from .sequence_list import SequenceList
    from .sequence_schedule import SequenceSchedule
    from .sequence_schedule_list import SequenceScheduleList
    from .sequence_schedule_range import SequenceScheduleRange
    from .sequence_step import SequenceStep
    from .sequence_step_create import SequenceStepCreate
    from .sequence_step_update import SequenceStepUpdate
    from .sequence_subscription import SequenceSubscription
    from .sequence_subscription_counts import SequenceSubscriptionCounts
    from .sequence_subscription_create import SequenceSubscriptionCreate
    from .sequence_subscription_list import SequenceSubscriptionList
    from .sequence_subscription_status import SequenceSubscriptionStatus
    from .sequence_subscription_update import SequenceSubscriptionUpdate
    from .sequence_update import SequenceUpdate
    from .shared_custom_field import SharedCustomField
    from .shared_custom_field_association import SharedCustomFieldAssociation
    from .shared_custom_field_association_create import SharedCustomFieldAssociationCreate
    from .shared_custom_field_association_update import SharedCustomFieldAssociationUpdate
    from .shared_custom_field_list import SharedCustomFieldList
    from .shared_custom_field_object_type import SharedCustomFieldObjectType
    from .shared_custom_field_update import SharedCustomFieldUpdate
    from .shared_scheduling_link_association import SharedSchedulingLinkAssociation
    from .shared_scheduling_link_association_create import SharedSchedulingLinkAssociationCreate
    from .shared_scheduling_link_association_unmap import SharedSchedulingLinkAssociationUnmap
    from .shared_scheduling_link_create import SharedSchedulingLinkCreate
    from .shared_scheduling_link_update import SharedSchedulingLinkUpdate
    from .sharing_settings_embedded_response import SharingSettingsEmbeddedResponse
    from .sms_activity import SmsActivity
    from .sms_activity_create import SmsActivityCreate
    from .sms_activity_event import SmsActivityEvent
    from .sms_activity_list import SmsActivityList
    from .sms_activity_update import SmsActivityUpdate
    from .sms_attachment_content_type import SmsAttachmentContentType
    from .sms_attachment_in import SmsAttachmentIn
    from .sms_status import SmsStatus
    from .sms_template import SmsTemplate
    from .sms_template_attachment import SmsTemplateAttachment
    from .sms_template_attachment_create import SmsTemplateAttachmentCreate
    from .sms_template_create import SmsTemplateCreate
    from .sms_template_list import SmsTemplateList
    from .sms_template_status import SmsTemplateStatus
    from .sms_template_update import SmsTemplateUpdate
    from .stalled_opportunity_action_type_v1 import StalledOpportunityActionTypeV1
    from .stalled_opportunity_action_type_v2 import StalledOpportunityActionTypeV2
    from .stalled_opportunity_communication_issue import StalledOpportunityCommunicationIssue
    from .status_reason import StatusReason
    from .status_report_overview import StatusReportOverview
    from .status_report_state_links import StatusReportStateLinks
    from .status_report_transition import StatusReportTransition
    from .task import Task
    from .task_bulk_update import TaskBulkUpdate
    from .task_bulk_update_result import TaskBulkUpdateResult
    from .task_completed_activity import TaskCompletedActivity
    from .task_completed_activity_event import TaskCompletedActivityEvent
    from .task_completed_activity_list import TaskCompletedActivityList
    from .task_create import TaskCreate
    from .task_filter_params import TaskFilterParams
    from .task_list import TaskList
    from .task_priority import TaskPriority
    from .task_resolution import TaskResolution
    from .task_type import TaskType
    from .task_update import TaskUpdate
    from .task_view import TaskView
    from .thread_emails_mode import ThreadEmailsMode
    from .underlying_carrier import UnderlyingCarrier
    from .unknown_activity import UnknownActivity
    from .unknown_search_condition import UnknownSearchCondition
    from .unknown_search_field import UnknownSearchField
    from .unsubscribed_email import UnsubscribedEmail
    from .unsubscribed_email_create import UnsubscribedEmailCreate
    from .unsubscribed_email_list import UnsubscribedEmailList
    from .user import User
    from .user_active_call import UserActiveCall
    from .user_active_call_lead import UserActiveCallLead
    from .user_availability import UserAvailability
    from .user_availability_list import UserAvailabilityList
    from .user_client_availability import UserClientAvailability
    from .user_list import UserList
    from .webhook import Webhook
    from .webhook_counters import WebhookCounters
    from .webhook_create import WebhookCreate
    from .webhook_create_event_filter_type_0 import WebhookCreateEventFilterType0
    from .webhook_delivery import WebhookDelivery
    from .webhook_filter import WebhookFilter
    from .webhook_filter_type import WebhookFilterType
    from .webhook_list import WebhookList
    from .webhook_status import WebhookStatus
    from .webhook_subscription_event import WebhookSubscriptionEvent
    from .webhook_subscription_event_create import WebhookSubscriptionEventCreate
    from .webhook_update import WebhookUpdate
    from .whats_app_attachment import WhatsAppAttachment
    from .whats_app_message_activity import WhatsAppMessageActivity
    from .whats_app_message_activity_create import WhatsAppMessageActivityCreate
    from .whats_app_message_activity_event import WhatsAppMessageActivityEvent
    from .whats_app_message_activity_list import WhatsAppMessageActivityList
    from .whats_app_message_activity_update import WhatsAppMessageActivityUpdate
    from .workflow_run_status import WorkflowRunStatus
    from .workflow_status import WorkflowStatus

_MODULE_OF: dict[str, str] = {
    "ActionItem": ".action_item",
    "ActivityAttachment": ".activity_attachment",
    "ActivityCustomField": ".activity_custom_field",
    "ActivityCustomFieldCreate": ".activity_custom_field_create",
    "ActivityCustomFieldList": ".activity_custom_field_list",
    "ActivityCustomFieldUpdate": ".activity_custom_field_update",
    "ActivityList": ".activity_list",
    "ActivityOutcomeAutofillConfidence": ".activity_outcome_autofill_confidence",
    "ActivityOutcomeReason": ".activity_outcome_reason",
    "ActivityPlaybookReason": ".activity_playbook_reason",
    "ActivityReport": ".activity_report",
    "ActivityReportAggregations": ".activity_report_aggregations",
    "ActivityReportMetric": ".activity_report_metric",
    "ActivityReportMetricQueries": ".activity_report_metric_queries",
    "ActivityReportMetrics": ".activity_report_metrics",
    "ActivityReportQueries": ".activity_report_queries",
    "ActivityReportRequest": ".activity_report_request",
    "ActivityReportRow": ".activity_report_row",
    "ActivityReportTotals": ".activity_report_totals",
    "ActivityReportType": ".activity_report_type",
    "Address": ".address",
    "AddressCreate": ".address_create",
    "AutoRecordCalls": ".auto_record_calls",
    "BasicSubscriptionInfoForContact": ".basic_subscription_info_for_contact",
    "BlockedPhoneNumber": ".blocked_phone_number",
    "BlockedPhoneNumberCreate": ".blocked_phone_number_create",
    "BlockedPhoneNumberList": ".blocked_phone_number_list",
    "BlockedPhoneNumberSettings": ".blocked_phone_number_settings",
    "BlockedPhoneNumberSettingsUpdate": ".blocked_phone_number_settings_update",
    "BlockedPhoneNumberUpdate": ".blocked_phone_number_update",
    "BulkActionContactPreference": ".bulk_action_contact_preference",
    "BulkActionObjectType": ".bulk_action_object_type",
    "BulkActionStatus": ".bulk_action_status",
    "BulkDelete": ".bulk_delete",
    "BulkDeleteCreate": ".bulk_delete_create",
    "BulkDeleteList": ".bulk_delete_list",
    "BulkDeleteSQuery": ".bulk_delete_s_query",
    "BulkDeleteSortItem": ".bulk_delete_sort_item",
    "BulkEdit": ".bulk_edit",
    "BulkEditCreate": ".bulk_edit_create",
    "BulkEditCustomFieldOperation": ".bulk_edit_custom_field_operation",
    "BulkEditList": ".bulk_edit_list",
    "BulkEditSQuery": ".bulk_edit_s_query",
    "BulkEditSortItem": ".bulk_edit_sort_item",
    "BulkEditType": ".bulk_edit_type",
    "BulkEmail": ".bulk_email",
    "BulkEmailCreate": ".bulk_email_create",
    "BulkEmailList": ".bulk_email_list",
    "BulkEmailSQuery": ".bulk_email_s_query",
    "BulkEmailSortItem": ".bulk_email_sort_item",
    "BulkSequenceSubscription": ".bulk_sequence_subscription",
    "BulkSequenceSubscriptionActionType": ".bulk_sequence_subscription_action_type",
    "BulkSequenceSubscriptionCreate": ".bulk_sequence_subscription_create",
    "BulkSequenceSubscriptionList": ".bulk_sequence_subscription_list",
    "BulkSequenceSubscriptionSQuery": ".bulk_sequence_subscription_s_query",
    "BulkSequenceSubscriptionSortItem": ".bulk_sequence_subscription_sort_item",
    "CallActivity": ".call_activity",
    "CallActivityCreate": ".call_activity_create",
    "CallActivityCreateCustomFieldsType0": ".call_activity_create_custom_fields_type_0",
    "CallActivityEvent": ".call_activity_event",
    "CallActivityList": ".call_activity_list",
    "CallActivityUpdate": ".call_activity_update",
    "CallActivityUpdateCustomFieldsType0": ".call_activity_update_custom_fields_type_0",
    "CallDisposition": ".call_disposition",
    "CallMethod": ".call_method",
    "CallSource": ".call_source",
    "CallStatus": ".call_status",
    "CarrierNumberType": ".carrier_number_type",
    "Comment": ".comment",
    "CommentCreate": ".comment_create",
    "CommentList": ".comment_list",
    "CommentSummary": ".comment_summary",
    "CommentThread": ".comment_thread",
    "CommentThreadList": ".comment_thread_list",
    "CommentUpdate": ".comment_update",
    "CommunicationDirection": ".communication_direction",
    "ConnectedAccount": ".connected_account",
    "ConnectedAccountIdentity": ".connected_account_identity",
    "ConnectedAccountList": ".connected_account_list",
    "ConnectedAccountServer": ".connected_account_server",
    "ConnectedAccountType": ".connected_account_type",
    "Contact": ".contact",
    "ContactCreate": ".contact_create",
    "ContactEvent": ".contact_event",
    "ContactList": ".contact_list",
    "ContactRecentCall": ".contact_recent_call",
    "ContactUpdate": ".contact_update",
    "ContactUrl": ".contact_url",
    "CreatedActivity": ".created_activity",
    "CreatedActivityList": ".created_activity_list",
    "CustomActivity": ".custom_activity",
    "CustomActivityCreate": ".custom_activity_create",
    "CustomActivityCreateCustomFieldsType0": ".custom_activity_create_custom_fields_type_0",
    "CustomActivityEvent": ".custom_activity_event",
    "CustomActivityList": ".custom_activity_list",
    "CustomActivityStatus": ".custom_activity_status",
    "CustomActivityType": ".custom_activity_type",
    "CustomActivityTypeCreate": ".custom_activity_type_create",
    "CustomActivityTypeField": ".custom_activity_type_field",
    "CustomActivityTypeFieldRef": ".custom_activity_type_field_ref",
    "CustomActivityTypeList": ".custom_activity_type_list",
    "CustomActivityTypeUpdate": ".custom_activity_type_update",
    "CustomActivityUpdate": ".custom_activity_update",
    "CustomActivityUpdateCustomFieldsType0": ".custom_activity_update_custom_fields_type_0",
    "CustomField": ".custom_field",
    "CustomFieldCreate": ".custom_field_create",
    "CustomFieldList": ".custom_field_list",
    "CustomFieldReference": ".custom_field_reference",
    "CustomFieldSchema": ".custom_field_schema",
    "CustomFieldSchemaField": ".custom_field_schema_field",
    "CustomFieldSchemaUpdate": ".custom_field_schema_update",
    "CustomFieldType": ".custom_field_type",
    "CustomFieldUpdate": ".custom_field_update",
    "CustomFieldValues": ".custom_field_values",
    "CustomObject": ".custom_object",
    "CustomObjectCreate": ".custom_object_create",
    "CustomObjectCustomField": ".custom_object_custom_field",
    "CustomObjectCustomFieldCreate": ".custom_object_custom_field_create",
    "CustomObjectCustomFieldList": ".custom_object_custom_field_list",
    "CustomObjectCustomFieldUpdate": ".custom_object_custom_field_update",
    "CustomObjectList": ".custom_object_list",
    "CustomObjectType": ".custom_object_type",
    "CustomObjectTypeCreate": ".custom_object_type_create",
    "CustomObjectTypeField": ".custom_object_type_field",
    "CustomObjectTypeList": ".custom_object_type_list",
    "CustomObjectTypeUpdate": ".custom_object_type_update",
    "CustomObjectUpdate": ".custom_object_update",
    "CustomReport": ".custom_report",
    "CustomReportBucket": ".custom_report_bucket",
    "CustomReportInterval": ".custom_report_interval",
    "CustomReportSeries": ".custom_report_series",
    "CustomReportSeriesType": ".custom_report_series_type",
    "CustomReportTransformY": ".custom_report_transform_y",
    "Dialer": ".dialer",
    "DialerList": ".dialer_list",
    "DialerType": ".dialer_type",
    "DialerUser": ".dialer_user",
    "EmailActivity": ".email_activity",
    "EmailActivityCreate": ".email_activity_create",
    "EmailActivityEvent": ".email_activity_event",
    "EmailActivityList": ".email_activity_list",
    "EmailActivityUpdate": ".email_activity_update",
    "EmailAddress": ".email_address",
    "EmailAddressCreate": ".email_address_create",
    "EmailEnvelope": ".email_envelope",
    "EmailEnvelopeAddress": ".email_envelope_address",
    "EmailOpenIn": ".email_open_in",
    "EmailQuotedHtml": ".email_quoted_html",
    "EmailQuotedText": ".email_quoted_text",
    "EmailStatus": ".email_status",
    "EmailTemplate": ".email_template",
    "EmailTemplateCreate": ".email_template_create",
    "EmailTemplateList": ".email_template_list",
    "EmailTemplateRenderMode": ".email_template_render_mode",
    "EmailTemplateSequence": ".email_template_sequence",
    "EmailTemplateUpdate": ".email_template_update",
    "EmailThreadActivity": ".email_thread_activity",
    "EmailThreadActivityEvent": ".email_thread_activity_event",
    "EmailThreadActivityList": ".email_thread_activity_list",
    "Empty": ".empty",
    "EnrichFieldObjectType": ".enrich_field_object_type",
    "EnrichFieldRequest": ".enrich_field_request",
    "EnrichFieldResult": ".enrich_field_result",
    "Error": ".error",
    "ErrorErrorType1": ".error_error_type_1",
    "ErrorFieldErrors": ".error_field_errors",
    "Event": ".event",
    "EventAction": ".event_action",
    "EventBase": ".event_base",
    "EventList": ".event_list",
    "EventMeta": ".event_meta",
    "EventObjectData": ".event_object_data",
    "Export": ".export",
    "ExportFormat": ".export_format",
    "ExportList": ".export_list",
    "ExportParams": ".export_params",
    "ExportStatus": ".export_status",
    "ExportType": ".export_type",
    "FileUpload": ".file_upload",
    "FileUploadDownload": ".file_upload_download",
    "FileUploadFields": ".file_upload_fields",
    "FileUploadForm": ".file_upload_form",
    "FileUploadRequest": ".file_upload_request",
    "Form": ".form",
    "FormFieldChoice": ".form_field_choice",
    "FormFieldDefinition": ".form_field_definition",
    "FormList": ".form_list",
    "FormSubmissionActivity": ".form_submission_activity",
    "FormSubmissionActivityEvent": ".form_submission_activity_event",
    "FormSubmissionActivityList": ".form_submission_activity_list",
    "FormSubmissionValues": ".form_submission_values",
    "FunnelComparedRange": ".funnel_compared_range",
    "FunnelReportRequest": ".funnel_report_request",
    "FunnelReportType": ".funnel_report_type",
    "FunnelStage": ".funnel_stage",
    "FunnelStagesAggregations": ".funnel_stages_aggregations",
    "FunnelStagesReport": ".funnel_stages_report",
    "FunnelStagesUserReport": ".funnel_stages_user_report",
    "FunnelTotals": ".funnel_totals",
    "FunnelTotalsReport": ".funnel_totals_report",
    "Group": ".group",
    "GroupCreate": ".group_create",
    "GroupList": ".group_list",
    "GroupMember": ".group_member",
    "GroupMemberCreate": ".group_member_create",
    "GroupUpdate": ".group_update",
    "IntegrationLink": ".integration_link",
    "IntegrationLinkCreate": ".integration_link_create",
    "IntegrationLinkList": ".integration_link_list",
    "IntegrationLinkType": ".integration_link_type",
    "IntegrationLinkUpdate": ".integration_link_update",
    "Lead": ".lead",
    "LeadContactCreate": ".lead_contact_create",
    "LeadCreate": ".lead_create",
    "LeadCustom": ".lead_custom",
    "LeadEvent": ".lead_event",
    "LeadExportCreate": ".lead_export_create",
    "LeadExportType": ".lead_export_type",
    "LeadList": ".lead_list",
    "LeadMergeActivity": ".lead_merge_activity",
    "LeadMergeActivityList": ".lead_merge_activity_list",
    "LeadMergeStatus": ".lead_merge_status",
    "LeadRecentCallsItem": ".lead_recent_calls_item",
    "LeadStatus": ".lead_status",
    "LeadStatusChangeActivity": ".lead_status_change_activity",
    "LeadStatusChangeActivityCreate": ".lead_status_change_activity_create",
    "LeadStatusChangeActivityEvent": ".lead_status_change_activity_event",
    "LeadStatusChangeActivityList": ".lead_status_change_activity_list",
    "LeadStatusCreate": ".lead_status_create",
    "LeadStatusList": ".lead_status_list",
    "LeadStatusReport": ".lead_status_report",
    "LeadStatusUpdate": ".lead_status_update",
    "LeadSummariesItem": ".lead_summaries_item",
    "LeadTaskEvent": ".lead_task_event",
    "LeadUpdate": ".lead_update",
    "ListEnvelope": ".list_envelope",
    "Me": ".me",
    "MeetingActivity": ".meeting_activity",
    "MeetingActivityEvent": ".meeting_activity_event",
    "MeetingActivityIntegration": ".meeting_activity_integration",
    "MeetingActivityList": ".meeting_activity_list",
    "MeetingActivityUpdate": ".meeting_activity_update",
    "MeetingAttendee": ".meeting_attendee",
    "MeetingAttendeeStatus": ".meeting_attendee_status",
    "MeetingConferenceLink": ".meeting_conference_link",
    "MeetingConferenceLinkType": ".meeting_conference_link_type",
    "MeetingIntegration": ".meeting_integration",
    "MeetingIntegrationData": ".meeting_integration_data",
    "MeetingIntegrationOAuthClient": ".meeting_integration_o_auth_client",
    "MeetingIntegrationRequest": ".meeting_integration_request",
    "MeetingPausedSubscription": ".meeting_paused_subscription",
    "MeetingProviderCalendarType": ".meeting_provider_calendar_type",
    "MeetingSource": ".meeting_source",
    "MeetingSpeakerSide": ".meeting_speaker_side",
    "MeetingStatus": ".meeting_status",
    "MeetingSummary": ".meeting_summary",
    "MeetingTranscript": ".meeting_transcript",
    "MeetingTranscriptSpeaker": ".meeting_transcript_speaker",
    "MeetingTranscriptUtterance": ".meeting_transcript_utterance",
    "MeetingTranscriptWord": ".meeting_transcript_word",
    "Membership": ".membership",
    "MembershipBulkFilter": ".membership_bulk_filter",
    "MembershipBulkUpdate": ".membership_bulk_update",
    "MembershipBulkUpdateResult": ".membership_bulk_update_result",
    "MembershipCreate": ".membership_create",
    "MembershipPinnedViews": ".membership_pinned_views",
    "MembershipPinnedViewsUpdate": ".membership_pinned_views_update",
    "MembershipUpdate": ".membership_update",
    "MergeLeadsRequest": ".merge_leads_request",
    "NoteActivity": ".note_activity",
    "NoteActivityCreate": ".note_activity_create",
    "NoteActivityEvent": ".note_activity_event",
    "NoteActivityList": ".note_activity_list",
    "NoteActivityUpdate": ".note_activity_update",
    "NoteAttachmentIn": ".note_attachment_in",
    "Opportunity": ".opportunity",
    "OpportunityAttachment": ".opportunity_attachment",
    "OpportunityAttachmentIn": ".opportunity_attachment_in",
    "OpportunityCommentSummary": ".opportunity_comment_summary",
    "OpportunityCountByValuePeriod": ".opportunity_count_by_value_period",
    "OpportunityCreate": ".opportunity_create",
    "OpportunityCreateCustomFieldsType0": ".opportunity_create_custom_fields_type_0",
    "OpportunityEvent": ".opportunity_event",
    "OpportunityExportCreate": ".opportunity_export_create",
    "OpportunityGroup": ".opportunity_group",
    "OpportunityList": ".opportunity_list",
    "OpportunityStallStatus": ".opportunity_stall_status",
    "OpportunityStatus": ".opportunity_status",
    "OpportunityStatusChangeActivity": ".opportunity_status_change_activity",
    "OpportunityStatusChangeActivityCreate": ".opportunity_status_change_activity_create",
    "OpportunityStatusChangeActivityEvent": ".opportunity_status_change_activity_event",
    "OpportunityStatusChangeActivityList": ".opportunity_status_change_activity_list",
    "OpportunityStatusCreate": ".opportunity_status_create",
    "OpportunityStatusList": ".opportunity_status_list",
    "OpportunityStatusReport": ".opportunity_status_report",
    "OpportunityStatusType": ".opportunity_status_type",
    "OpportunityStatusUpdate": ".opportunity_status_update",
    "OpportunitySuggestedAction": ".opportunity_suggested_action",
    "OpportunitySuggestedActionDetails": ".opportunity_suggested_action_details",
    "OpportunityUpdate": ".opportunity_update",
    "OpportunityValuePeriod": ".opportunity_value_period",
    "Organization": ".organization",
    "OrganizationActivityReport": ".organization_activity_report",
    "OrganizationActivityReportQueries": ".organization_activity_report_queries",
    "OrganizationLeadStatusRef": ".organization_lead_status_ref",
    "OrganizationUpdate": ".organization_update",
    "Outcome": ".outcome",
    "OutcomeAppliesTo": ".outcome_applies_to",
    "OutcomeCreate": ".outcome_create",
    "OutcomeList": ".outcome_list",
    "OutcomeType": ".outcome_type",
    "OutcomeUpdate": ".outcome_update",
    "Phone": ".phone",
    "PhoneCreate": ".phone_create",
    "PhoneDirection": ".phone_direction",
    "PhoneNumber": ".phone_number",
    "PhoneNumberList": ".phone_number_list",
    "PhoneNumberRent": ".phone_number_rent",
    "PhoneNumberRentCarrierType": ".phone_number_rent_carrier_type",
    "PhoneNumberSharing": ".phone_number_sharing",
    "PhoneNumberType": ".phone_number_type",
    "PhoneNumberUpdate": ".phone_number_update",
    "Pipeline": ".pipeline",
    "PipelineCreate": ".pipeline_create",
    "PipelineList": ".pipeline_list",
    "PipelineStatusReference": ".pipeline_status_reference",
    "PipelineUpdate": ".pipeline_update",
    "Playbook": ".playbook",
    "PlaybookCreate": ".playbook_create",
    "PlaybookList": ".playbook_list",
    "PlaybookUpdate": ".playbook_update",
    "RateLimitDetails": ".rate_limit_details",
    "RateLimitError": ".rate_limit_error",
    "RenderedEmailTemplate": ".rendered_email_template",
    "RenderedIntegrationLink": ".rendered_integration_link",
    "ReportDatetimeRange": ".report_datetime_range",
    "ReportQuery": ".report_query",
    "ReportQueryType": ".report_query_type",
    "ReportRelativeRange": ".report_relative_range",
    "Role": ".role",
    "RoleCreate": ".role_create",
    "RoleList": ".role_list",
    "RoleUpdate": ".role_update",
    "SavedSearch": ".saved_search",
    "SavedSearchCreate": ".saved_search_create",
    "SavedSearchList": ".saved_search_list",
    "SavedSearchSQueryType0": ".saved_search_s_query_type_0",
    "SavedSearchSelectedFieldsType0Item": ".saved_search_selected_fields_type_0_item",
    "SavedSearchType": ".saved_search_type",
    "SavedSearchUpdate": ".saved_search_update",
    "SchedulingLink": ".scheduling_link",
    "SchedulingLinkCreate": ".scheduling_link_create",
    "SchedulingLinkIntegrationUpsert": ".scheduling_link_integration_upsert",
    "SchedulingLinkList": ".scheduling_link_list",
    "SchedulingLinkSource": ".scheduling_link_source",
    "SchedulingLinkType": ".scheduling_link_type",
    "SchedulingLinkUpdate": ".scheduling_link_update",
    "SearchAndQuery": ".search_and_query",
    "SearchCount": ".search_count",
    "SearchCustomField": ".search_custom_field",
    "SearchFieldConditionQuery": ".search_field_condition_query",
    "SearchFieldSelection": ".search_field_selection",
    "SearchHasRelatedQuery": ".search_has_related_query",
    "SearchNumberRangeCondition": ".search_number_range_condition",
    "SearchObjectTypeQuery": ".search_object_type_query",
    "SearchOrQuery": ".search_or_query",
    "SearchQuery": ".search_query",
    "SearchReferenceCondition": ".search_reference_condition",
    "SearchRegularField": ".search_regular_field",
    "SearchRequest": ".search_request",
    "SearchResponse": ".search_response",
    "SearchResult": ".search_result",
    "SearchSavedSearchQuery": ".search_saved_search_query",
    "SearchSort": ".search_sort",
    "SearchSortDirection": ".search_sort_direction",
    "SearchSortField": ".search_sort_field",
    "SearchTextCondition": ".search_text_condition",
    "SearchTextMode": ".search_text_mode",
    "SendAs": ".send_as",
    "SendAsBulkUpdate": ".send_as_bulk_update",
    "SendAsCreate": ".send_as_create",
    "SendAsList": ".send_as_list",
    "SentEmailStats": ".sent_email_stats",
    "SentEmailStatsQueries": ".sent_email_stats_queries",
    "SentEmailsReport": ".sent_emails_report",
    "Sequence": ".sequence",
    "SequenceCreate": ".sequence_create",
    "SequenceList": ".sequence_list",
    "SequenceSchedule": ".sequence_schedule",
    "SequenceScheduleList": ".sequence_schedule_list",
    "SequenceScheduleRange": ".sequence_schedule_range",
    "SequenceStep": ".sequence_step",
    "SequenceStepCreate": ".sequence_step_create",
    "SequenceStepUpdate": ".sequence_step_update",
    "SequenceSubscription": ".sequence_subscription",
    "SequenceSubscriptionCounts": ".sequence_subscription_counts",
    "SequenceSubscriptionCreate": ".sequence_subscription_create",
    "SequenceSubscriptionList": ".sequence_subscription_list",
    "SequenceSubscriptionStatus": ".sequence_subscription_status",
    "SequenceSubscriptionUpdate": ".sequence_subscription_update",
    "SequenceUpdate": ".sequence_update",
    "SharedCustomField": ".shared_custom_field",
    "SharedCustomFieldAssociation": ".shared_custom_field_association",
    "SharedCustomFieldAssociationCreate": ".shared_custom_field_association_create",
    "SharedCustomFieldAssociationUpdate": ".shared_custom_field_association_update",
    "SharedCustomFieldList": ".shared_custom_field_list",
    "SharedCustomFieldObjectType": ".shared_custom_field_object_type",
    "SharedCustomFieldUpdate": ".shared_custom_field_update",
    "SharedSchedulingLinkAssociation": ".shared_scheduling_link_association",
    "SharedSchedulingLinkAssociationCreate": ".shared_scheduling_link_association_create",
    "SharedSchedulingLinkAssociationUnmap": ".shared_scheduling_link_association_unmap",
    "SharedSchedulingLinkCreate": ".shared_scheduling_link_create",
    "SharedSchedulingLinkUpdate": ".shared_scheduling_link_update",
    "SharingSettingsEmbeddedResponse": ".sharing_settings_embedded_response",
    "SmsActivity": ".sms_activity",
    "SmsActivityCreate": ".sms_activity_create",
    "SmsActivityEvent": ".sms_activity_event",
    "SmsActivityList": ".sms_activity_list",
    "SmsActivityUpdate": ".sms_activity_update",
    "SmsAttachmentContentType": ".sms_attachment_content_type",
    "SmsAttachmentIn": ".sms_attachment_in",
    "SmsStatus": ".sms_status",
    "SmsTemplate": ".sms_template",
    "SmsTemplateAttachment": ".sms_template_attachment",
    "SmsTemplateAttachmentCreate": ".sms_template_attachment_create",
    "SmsTemplateCreate": ".sms_template_create",
    "SmsTemplateList": ".sms_template_list",
    "SmsTemplateStatus": ".sms_template_status",
    "SmsTemplateUpdate": ".sms_template_update",
    "StalledOpportunityActionTypeV1": ".stalled_opportunity_action_type_v1",
    "StalledOpportunityActionTypeV2": ".stalled_opportunity_action_type_v2",
    "StalledOpportunityCommunicationIssue": ".stalled_opportunity_communication_issue",
    "StatusReason": ".status_reason",
    "StatusReportOverview": ".status_report_overview",
    "StatusReportStateLinks": ".status_report_state_links",
    "StatusReportTransition": ".status_report_transition",
    "Task": ".task",
    "TaskBulkUpdate": ".task_bulk_update",
    "TaskBulkUpdateResult": ".task_bulk_update_result",
    "TaskCompletedActivity": ".task_completed_activity",
    "TaskCompletedActivityEvent": ".task_completed_activity_event",
    "TaskCompletedActivityList": ".task_completed_activity_list",
    "TaskCreate": ".task_create",
    "TaskFilterParams": ".task_filter_params",
    "TaskList": ".task_list",
    "TaskPriority": ".task_priority",
    "TaskResolution": ".task_resolution",
    "TaskType": ".task_type",
    "TaskUpdate": ".task_update",
    "TaskView": ".task_view",
    "ThreadEmailsMode": ".thread_emails_mode",
    "UnderlyingCarrier": ".underlying_carrier",
    "UnknownActivity": ".unknown_activity",
    "UnknownSearchCondition": ".unknown_search_condition",
    "UnknownSearchField": ".unknown_search_field",
    "UnsubscribedEmail": ".unsubscribed_email",
    "UnsubscribedEmailCreate": ".unsubscribed_email_create",
    "UnsubscribedEmailList": ".unsubscribed_email_list",
    "User": ".user",
    "UserActiveCall": ".user_active_call",
    "UserActiveCallLead": ".user_active_call_lead",
    "UserAvailability": ".user_availability",
    "UserAvailabilityList": ".user_availability_list",
    "UserClientAvailability": ".user_client_availability",
    "UserList": ".user_list",
    "Webhook": ".webhook",
    "WebhookCounters": ".webhook_counters",
    "WebhookCreate": ".webhook_create",
    "WebhookCreateEventFilterType0": ".webhook_create_event_filter_type_0",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookFilter": ".webhook_filter",
    "WebhookFilterType": ".webhook_filter_type",
    "WebhookList": ".webhook_list",
    "WebhookStatus": ".webhook_status",
    "WebhookSubscriptionEvent": ".webhook_subscription_event",
    "WebhookSubscriptionEventCreate": ".webhook_subscription_event_create",
    "WebhookUpdate": ".webhook_update",
    "WhatsAppAttachment": ".whats_app_attachment",
    "WhatsAppMessageActivity": ".whats_app_message_activity",
    "WhatsAppMessageActivityCreate": ".whats_app_message_activity_create",
    "WhatsAppMessageActivityEvent": ".whats_app_message_activity_event",
    "WhatsAppMessageActivityList": ".whats_app_message_activity_list",
    "WhatsAppMessageActivityUpdate": ".whats_app_message_activity_update",
    "WorkflowRunStatus": ".workflow_run_status",
    "WorkflowStatus": ".workflow_status",
}

__all__ = (
    "ActionItem",
    "ActivityAttachment",
    "ActivityCustomField",
    "ActivityCustomFieldCreate",
    "ActivityCustomFieldList",
    "ActivityCustomFieldUpdate",
    "ActivityList",
    "ActivityOutcomeAutofillConfidence",
    "ActivityOutcomeReason",
    "ActivityPlaybookReason",
    "ActivityReport",
    "ActivityReportAggregations",
    "ActivityReportMetric",
    "ActivityReportMetricQueries",
    "ActivityReportMetrics",
    "ActivityReportQueries",
    "ActivityReportRequest",
    "ActivityReportRow",
    "ActivityReportTotals",
    "ActivityReportType",
    "Address",
    "AddressCreate",
    "AutoRecordCalls",
    "BasicSubscriptionInfoForContact",
    "BlockedPhoneNumber",
    "BlockedPhoneNumberCreate",
    "BlockedPhoneNumberList",
    "BlockedPhoneNumberSettings",
    "BlockedPhoneNumberSettingsUpdate",
    "BlockedPhoneNumberUpdate",
    "BulkActionContactPreference",
    "BulkActionObjectType",
    "BulkActionStatus",
    "BulkDelete",
    "BulkDeleteCreate",
    "BulkDeleteList",
    "BulkDeleteSortItem",
    "BulkDeleteSQuery",
    "BulkEdit",
    "BulkEditCreate",
    "BulkEditCustomFieldOperation",
    "BulkEditList",
    "BulkEditSortItem",
    "BulkEditSQuery",
    "BulkEditType",
    "BulkEmail",
    "BulkEmailCreate",
    "BulkEmailList",
    "BulkEmailSortItem",
    "BulkEmailSQuery",
    "BulkSequenceSubscription",
    "BulkSequenceSubscriptionActionType",
    "BulkSequenceSubscriptionCreate",
    "BulkSequenceSubscriptionList",
    "BulkSequenceSubscriptionSortItem",
    "BulkSequenceSubscriptionSQuery",
    "CallActivity",
    "CallActivityCreate",
    "CallActivityCreateCustomFieldsType0",
    "CallActivityEvent",
    "CallActivityList",
    "CallActivityUpdate",
    "CallActivityUpdateCustomFieldsType0",
    "CallDisposition",
    "CallMethod",
    "CallSource",
    "CallStatus",
    "CarrierNumberType",
    "Comment",
    "CommentCreate",
    "CommentList",
    "CommentSummary",
    "CommentThread",
    "CommentThreadList",
    "CommentUpdate",
    "CommunicationDirection",
    "ConnectedAccount",
    "ConnectedAccountIdentity",
    "ConnectedAccountList",
    "ConnectedAccountServer",
    "ConnectedAccountType",
    "Contact",
    "ContactCreate",
    "ContactEvent",
    "ContactList",
    "ContactRecentCall",
    "ContactUpdate",
    "ContactUrl",
    "CreatedActivity",
    "CreatedActivityList",
    "CustomActivity",
    "CustomActivityCreate",
    "CustomActivityCreateCustomFieldsType0",
    "CustomActivityEvent",
    "CustomActivityList",
    "CustomActivityStatus",
    "CustomActivityType",
    "CustomActivityTypeCreate",
    "CustomActivityTypeField",
    "CustomActivityTypeFieldRef",
    "CustomActivityTypeList",
    "CustomActivityTypeUpdate",
    "CustomActivityUpdate",
    "CustomActivityUpdateCustomFieldsType0",
    "CustomField",
    "CustomFieldCreate",
    "CustomFieldList",
    "CustomFieldReference",
    "CustomFieldSchema",
    "CustomFieldSchemaField",
    "CustomFieldSchemaUpdate",
    "CustomFieldType",
    "CustomFieldUpdate",
    "CustomFieldValues",
    "CustomObject",
    "CustomObjectCreate",
    "CustomObjectCustomField",
    "CustomObjectCustomFieldCreate",
    "CustomObjectCustomFieldList",
    "CustomObjectCustomFieldUpdate",
    "CustomObjectList",
    "CustomObjectType",
    "CustomObjectTypeCreate",
    "CustomObjectTypeField",
    "CustomObjectTypeList",
    "CustomObjectTypeUpdate",
    "CustomObjectUpdate",
    "CustomReport",
    "CustomReportBucket",
    "CustomReportInterval",
    "CustomReportSeries",
    "CustomReportSeriesType",
    "CustomReportTransformY",
    "Dialer",
    "DialerList",
    "DialerType",
    "DialerUser",
    "EmailActivity",
    "EmailActivityCreate",
    "EmailActivityEvent",
    "EmailActivityList",
    "EmailActivityUpdate",
    "EmailAddress",
    "EmailAddressCreate",
    "EmailEnvelope",
    "EmailEnvelopeAddress",
    "EmailOpenIn",
    "EmailQuotedHtml",
    "EmailQuotedText",
    "EmailStatus",
    "EmailTemplate",
    "EmailTemplateCreate",
    "EmailTemplateList",
    "EmailTemplateRenderMode",
    "EmailTemplateSequence",
    "EmailTemplateUpdate",
    "EmailThreadActivity",
    "EmailThreadActivityEvent",
    "EmailThreadActivityList",
    "Empty",
    "EnrichFieldObjectType",
    "EnrichFieldRequest",
    "EnrichFieldResult",
    "Error",
    "ErrorErrorType1",
    "ErrorFieldErrors",
    "Event",
    "EventAction",
    "EventBase",
    "EventList",
    "EventMeta",
    "EventObjectData",
    "Export",
    "ExportFormat",
    "ExportList",
    "ExportParams",
    "ExportStatus",
    "ExportType",
    "FileUpload",
    "FileUploadDownload",
    "FileUploadFields",
    "FileUploadForm",
    "FileUploadRequest",
    "Form",
    "FormFieldChoice",
    "FormFieldDefinition",
    "FormList",
    "FormSubmissionActivity",
    "FormSubmissionActivityEvent",
    "FormSubmissionActivityList",
    "FormSubmissionValues",
    "FunnelComparedRange",
    "FunnelReportRequest",
    "FunnelReportType",
    "FunnelStage",
    "FunnelStagesAggregations",
    "FunnelStagesReport",
    "FunnelStagesUserReport",
    "FunnelTotals",
    "FunnelTotalsReport",
    "Group",
    "GroupCreate",
    "GroupList",
    "GroupMember",
    "GroupMemberCreate",
    "GroupUpdate",
    "IntegrationLink",
    "IntegrationLinkCreate",
    "IntegrationLinkList",
    "IntegrationLinkType",
    "IntegrationLinkUpdate",
    "Lead",
    "LeadContactCreate",
    "LeadCreate",
    "LeadCustom",
    "LeadEvent",
    "LeadExportCreate",
    "LeadExportType",
    "LeadList",
    "LeadMergeActivity",
    "LeadMergeActivityList",
    "LeadMergeStatus",
    "LeadRecentCallsItem",
    "LeadStatus",
    "LeadStatusChangeActivity",
    "LeadStatusChangeActivityCreate",
    "LeadStatusChangeActivityEvent",
    "LeadStatusChangeActivityList",
    "LeadStatusCreate",
    "LeadStatusList",
    "LeadStatusReport",
    "LeadStatusUpdate",
    "LeadSummariesItem",
    "LeadTaskEvent",
    "LeadUpdate",
    "ListEnvelope",
    "Me",
    "MeetingActivity",
    "MeetingActivityEvent",
    "MeetingActivityIntegration",
    "MeetingActivityList",
    "MeetingActivityUpdate",
    "MeetingAttendee",
    "MeetingAttendeeStatus",
    "MeetingConferenceLink",
    "MeetingConferenceLinkType",
    "MeetingIntegration",
    "MeetingIntegrationData",
    "MeetingIntegrationOAuthClient",
    "MeetingIntegrationRequest",
    "MeetingPausedSubscription",
    "MeetingProviderCalendarType",
    "MeetingSource",
    "MeetingSpeakerSide",
    "MeetingStatus",
    "MeetingSummary",
    "MeetingTranscript",
    "MeetingTranscriptSpeaker",
    "MeetingTranscriptUtterance",
    "MeetingTranscriptWord",
    "Membership",
    "MembershipBulkFilter",
    "MembershipBulkUpdate",
    "MembershipBulkUpdateResult",
    "MembershipCreate",
    "MembershipPinnedViews",
    "MembershipPinnedViewsUpdate",
    "MembershipUpdate",
    "MergeLeadsRequest",
    "NoteActivity",
    "NoteActivityCreate",
    "NoteActivityEvent",
    "NoteActivityList",
    "NoteActivityUpdate",
    "NoteAttachmentIn",
    "Opportunity",
    "OpportunityAttachment",
    "OpportunityAttachmentIn",
    "OpportunityCommentSummary",
    "OpportunityCountByValuePeriod",
    "OpportunityCreate",
    "OpportunityCreateCustomFieldsType0",
    "OpportunityEvent",
    "OpportunityExportCreate",
    "OpportunityGroup",
    "OpportunityList",
    "OpportunityStallStatus",
    "OpportunityStatus",
    "OpportunityStatusChangeActivity",
    "OpportunityStatusChangeActivityCreate",
    "OpportunityStatusChangeActivityEvent",
    "OpportunityStatusChangeActivityList",
    "OpportunityStatusCreate",
    "OpportunityStatusList",
    "OpportunityStatusReport",
    "OpportunityStatusType",
    "OpportunityStatusUpdate",
    "OpportunitySuggestedAction",
    "OpportunitySuggestedActionDetails",
    "OpportunityUpdate",
    "OpportunityValuePeriod",
    "Organization",
    "OrganizationActivityReport",
    "OrganizationActivityReportQueries",
    "OrganizationLeadStatusRef",
    "OrganizationUpdate",
    "Outcome",
    "OutcomeAppliesTo",
    "OutcomeCreate",
    "OutcomeList",
    "OutcomeType",
    "OutcomeUpdate",
    "Phone",
    "PhoneCreate",
    "PhoneDirection",
    "PhoneNumber",
    "PhoneNumberList",
    "PhoneNumberRent",
    "PhoneNumberRentCarrierType",
    "PhoneNumberSharing",
    "PhoneNumberType",
    "PhoneNumberUpdate",
    "Pipeline",
    "PipelineCreate",
    "PipelineList",
    "PipelineStatusReference",
    "PipelineUpdate",
    "Playbook",
    "PlaybookCreate",
    "PlaybookList",
    "PlaybookUpdate",
    "RateLimitDetails",
    "RateLimitError",
    "RenderedEmailTemplate",
    "RenderedIntegrationLink",
    "ReportDatetimeRange",
    "ReportQuery",
    "ReportQueryType",
    "ReportRelativeRange",
    "Role",
    "RoleCreate",
    "RoleList",
    "RoleUpdate",
    "SavedSearch",
    "SavedSearchCreate",
    "SavedSearchList",
    "SavedSearchSelectedFieldsType0Item",
    "SavedSearchSQueryType0",
    "SavedSearchType",
    "SavedSearchUpdate",
    "SchedulingLink",
    "SchedulingLinkCreate",
    "SchedulingLinkIntegrationUpsert",
    "SchedulingLinkList",
    "SchedulingLinkSource",
    "SchedulingLinkType",
    "SchedulingLinkUpdate",
    "SearchAndQuery",
    "SearchCount",
    "SearchCustomField",
    "SearchFieldConditionQuery",
    "SearchFieldSelection",
    "SearchHasRelatedQuery",
    "SearchNumberRangeCondition",
    "SearchObjectTypeQuery",
    "SearchOrQuery",
    "SearchQuery",
    "SearchReferenceCondition",
    "SearchRegularField",
    "SearchRequest",
    "SearchResponse",
    "SearchResult",
    "SearchSavedSearchQuery",
    "SearchSort",
    "SearchSortDirection",
    "SearchSortField",
    "SearchTextCondition",
    "SearchTextMode",
    "SendAs",
    "SendAsBulkUpdate",
    "SendAsCreate",
    "SendAsList",
    "SentEmailsReport",
    "SentEmailStats",
    "SentEmailStatsQueries",
    "Sequence",
    "SequenceCreate",
    "SequenceList",
    "SequenceSchedule",
    "SequenceScheduleList",
    "SequenceScheduleRange",
    "SequenceStep",
    "SequenceStepCreate",
    "SequenceStepUpdate",
    "SequenceSubscription",
    "SequenceSubscriptionCounts",
    "SequenceSubscriptionCreate",
    "SequenceSubscriptionList",
    "SequenceSubscriptionStatus",
    "SequenceSubscriptionUpdate",
    "SequenceUpdate",
    "SharedCustomField",
    "SharedCustomFieldAssociation",
    "SharedCustomFieldAssociationCreate",
    "SharedCustomFieldAssociationUpdate",
    "SharedCustomFieldList",
    "SharedCustomFieldObjectType",
    "SharedCustomFieldUpdate",
    "SharedSchedulingLinkAssociation",
    "SharedSchedulingLinkAssociationCreate",
    "SharedSchedulingLinkAssociationUnmap",
    "SharedSchedulingLinkCreate",
    "SharedSchedulingLinkUpdate",
    "SharingSettingsEmbeddedResponse",
    "SmsActivity",
    "SmsActivityCreate",
    "SmsActivityEvent",
    "SmsActivityList",
    "SmsActivityUpdate",
    "SmsAttachmentContentType",
    "SmsAttachmentIn",
    "SmsStatus",
    "SmsTemplate",
    "SmsTemplateAttachment",
    "SmsTemplateAttachmentCreate",
    "SmsTemplateCreate",
    "SmsTemplateList",
    "SmsTemplateStatus",
    "SmsTemplateUpdate",
    "StalledOpportunityActionTypeV1",
    "StalledOpportunityActionTypeV2",
    "StalledOpportunityCommunicationIssue",
    "StatusReason",
    "StatusReportOverview",
    "StatusReportStateLinks",
    "StatusReportTransition",
    "Task",
    "TaskBulkUpdate",
    "TaskBulkUpdateResult",
    "TaskCompletedActivity",
    "TaskCompletedActivityEvent",
    "TaskCompletedActivityList",
    "TaskCreate",
    "TaskFilterParams",
    "TaskList",
    "TaskPriority",
    "TaskResolution",
    "TaskType",
    "TaskUpdate",
    "TaskView",
    "ThreadEmailsMode",
    "UnderlyingCarrier",
    "UnknownActivity",
    "UnknownSearchCondition",
    "UnknownSearchField",
    "UnsubscribedEmail",
    "UnsubscribedEmailCreate",
    "UnsubscribedEmailList",
    "User",
    "UserActiveCall",
    "UserActiveCallLead",
    "UserAvailability",
    "UserAvailabilityList",
    "UserClientAvailability",
    "UserList",
    "Webhook",
    "WebhookCounters",
    "WebhookCreate",
    "WebhookCreateEventFilterType0",
    "WebhookDelivery",
    "WebhookFilter",
    "WebhookFilterType",
    "WebhookList",
    "WebhookStatus",
    "WebhookSubscriptionEvent",
    "WebhookSubscriptionEventCreate",
    "WebhookUpdate",
    "WhatsAppAttachment",
    "WhatsAppMessageActivity",
    "WhatsAppMessageActivityCreate",
    "WhatsAppMessageActivityEvent",
    "WhatsAppMessageActivityList",
    "WhatsAppMessageActivityUpdate",
    "WorkflowRunStatus",
    "WorkflowStatus",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
