"""Contains methods for accessing the API: one package per tag, and ``Resources`` over them all."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import AuthenticatedClient, Client
    from .activities import ActivitiesResource
    from .advanced_filtering import AdvancedFilteringResource
    from .ai_field_enrichment import AiFieldEnrichmentResource
    from .blocked_phone_numbers import BlockedPhoneNumbersResource
    from .bulk_actions import BulkActionsResource
    from .calls import CallsResource
    from .comment_threads import CommentThreadsResource
    from .comments import CommentsResource
    from .connected_accounts import ConnectedAccountsResource
    from .contacts import ContactsResource
    from .created_activities import CreatedActivitiesResource
    from .custom_activities import CustomActivitiesResource
    from .custom_activity_types import CustomActivityTypesResource
    from .custom_field_schemas import CustomFieldSchemasResource
    from .custom_fields import CustomFieldsResource
    from .custom_object_types import CustomObjectTypesResource
    from .custom_objects import CustomObjectsResource
    from .dialers import DialersResource
    from .email_templates import EmailTemplatesResource
    from .email_threads import EmailThreadsResource
    from .emails import EmailsResource
    from .events import EventsResource
    from .exports import ExportsResource
    from .files import FilesResource
    from .form_submissions import FormSubmissionsResource
    from .forms import FormsResource
    from .groups import GroupsResource
    from .integration_links import IntegrationLinksResource
    from .lead_merges import LeadMergesResource
    from .lead_status_changes import LeadStatusChangesResource
    from .lead_statuses import LeadStatusesResource
    from .leads import LeadsResource
    from .me import MeResource
    from .meetings import MeetingsResource
    from .memberships import MembershipsResource
    from .notes import NotesResource
    from .opportunities import OpportunitiesResource
    from .opportunity_status_changes import OpportunityStatusChangesResource
    from .opportunity_statuses import OpportunityStatusesResource
    from .organizations import OrganizationsResource
    from .outcomes import OutcomesResource
    from .phone_numbers import PhoneNumbersResource
    from .pipelines import PipelinesResource
    from .playbooks import PlaybooksResource
    from .reports import ReportsResource
    from .roles import RolesResource
    from .scheduling_links import SchedulingLinksResource
    from .send_as import SendAsResource
    from .sequence_schedules import SequenceSchedulesResource
    from .sequence_subscriptions import SequenceSubscriptionsResource
    from .sequences import SequencesResource
    from .shared_scheduling_link_associations import SharedSchedulingLinkAssociationsResource
    from .shared_scheduling_links import SharedSchedulingLinksResource
    from .smart_views import SmartViewsResource
    from .sms import SmsResource
    from .sms_templates import SmsTemplatesResource
    from .tasks import TasksResource
    from .tasks_completed import TasksCompletedResource
    from .unsubscribed_emails import UnsubscribedEmailsResource
    from .users import UsersResource
    from .webhooks import WebhooksResource
    from .whatsapp_messages import WhatsappMessagesResource


class Resources:
    """One attribute per tag of openapi.yaml (``leads``, ``contacts``...), made on first access.

    ``custom.Close`` is this class plus a client's lifecycle. Each attribute is the tag's
    resource class (``LeadsResource``...) over the same client; its package is imported when the
    attribute is first read, then the attribute is cached on the instance.
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @cached_property
    def me(self) -> MeResource:
        """The ``me`` operations (1): ``MeResource``."""
        from .me import MeResource

        return MeResource(self._client)

    @cached_property
    def leads(self) -> LeadsResource:
        """The ``leads`` operations (6): ``LeadsResource``."""
        from .leads import LeadsResource

        return LeadsResource(self._client)

    @cached_property
    def contacts(self) -> ContactsResource:
        """The ``contacts`` operations (5): ``ContactsResource``."""
        from .contacts import ContactsResource

        return ContactsResource(self._client)

    @cached_property
    def opportunities(self) -> OpportunitiesResource:
        """The ``opportunities`` operations (5): ``OpportunitiesResource``."""
        from .opportunities import OpportunitiesResource

        return OpportunitiesResource(self._client)

    @cached_property
    def tasks(self) -> TasksResource:
        """The ``tasks`` operations (6): ``TasksResource``."""
        from .tasks import TasksResource

        return TasksResource(self._client)

    @cached_property
    def events(self) -> EventsResource:
        """The ``events`` operations (2): ``EventsResource``."""
        from .events import EventsResource

        return EventsResource(self._client)

    @cached_property
    def advanced_filtering(self) -> AdvancedFilteringResource:
        """The ``advanced_filtering`` operations (1): ``AdvancedFilteringResource``."""
        from .advanced_filtering import AdvancedFilteringResource

        return AdvancedFilteringResource(self._client)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource:
        """The ``custom_fields`` operations (34): ``CustomFieldsResource``."""
        from .custom_fields import CustomFieldsResource

        return CustomFieldsResource(self._client)

    @cached_property
    def custom_field_schemas(self) -> CustomFieldSchemasResource:
        """The ``custom_field_schemas`` operations (2): ``CustomFieldSchemasResource``."""
        from .custom_field_schemas import CustomFieldSchemasResource

        return CustomFieldSchemasResource(self._client)

    @cached_property
    def lead_statuses(self) -> LeadStatusesResource:
        """The ``lead_statuses`` operations (4): ``LeadStatusesResource``."""
        from .lead_statuses import LeadStatusesResource

        return LeadStatusesResource(self._client)

    @cached_property
    def opportunity_statuses(self) -> OpportunityStatusesResource:
        """The ``opportunity_statuses`` operations (4): ``OpportunityStatusesResource``."""
        from .opportunity_statuses import OpportunityStatusesResource

        return OpportunityStatusesResource(self._client)

    @cached_property
    def pipelines(self) -> PipelinesResource:
        """The ``pipelines`` operations (4): ``PipelinesResource``."""
        from .pipelines import PipelinesResource

        return PipelinesResource(self._client)

    @cached_property
    def activities(self) -> ActivitiesResource:
        """The ``activities`` operations (1): ``ActivitiesResource``."""
        from .activities import ActivitiesResource

        return ActivitiesResource(self._client)

    @cached_property
    def calls(self) -> CallsResource:
        """The ``calls`` operations (5): ``CallsResource``."""
        from .calls import CallsResource

        return CallsResource(self._client)

    @cached_property
    def created_activities(self) -> CreatedActivitiesResource:
        """The ``created_activities`` operations (2): ``CreatedActivitiesResource``."""
        from .created_activities import CreatedActivitiesResource

        return CreatedActivitiesResource(self._client)

    @cached_property
    def custom_activities(self) -> CustomActivitiesResource:
        """The ``custom_activities`` operations (5): ``CustomActivitiesResource``."""
        from .custom_activities import CustomActivitiesResource

        return CustomActivitiesResource(self._client)

    @cached_property
    def emails(self) -> EmailsResource:
        """The ``emails`` operations (5): ``EmailsResource``."""
        from .emails import EmailsResource

        return EmailsResource(self._client)

    @cached_property
    def email_threads(self) -> EmailThreadsResource:
        """The ``email_threads`` operations (3): ``EmailThreadsResource``."""
        from .email_threads import EmailThreadsResource

        return EmailThreadsResource(self._client)

    @cached_property
    def form_submissions(self) -> FormSubmissionsResource:
        """The ``form_submissions`` operations (3): ``FormSubmissionsResource``."""
        from .form_submissions import FormSubmissionsResource

        return FormSubmissionsResource(self._client)

    @cached_property
    def lead_merges(self) -> LeadMergesResource:
        """The ``lead_merges`` operations (2): ``LeadMergesResource``."""
        from .lead_merges import LeadMergesResource

        return LeadMergesResource(self._client)

    @cached_property
    def meetings(self) -> MeetingsResource:
        """The ``meetings`` operations (5): ``MeetingsResource``."""
        from .meetings import MeetingsResource

        return MeetingsResource(self._client)

    @cached_property
    def notes(self) -> NotesResource:
        """The ``notes`` operations (5): ``NotesResource``."""
        from .notes import NotesResource

        return NotesResource(self._client)

    @cached_property
    def sms(self) -> SmsResource:
        """The ``sms`` operations (5): ``SmsResource``."""
        from .sms import SmsResource

        return SmsResource(self._client)

    @cached_property
    def lead_status_changes(self) -> LeadStatusChangesResource:
        """The ``lead_status_changes`` operations (4): ``LeadStatusChangesResource``."""
        from .lead_status_changes import LeadStatusChangesResource

        return LeadStatusChangesResource(self._client)

    @cached_property
    def opportunity_status_changes(self) -> OpportunityStatusChangesResource:
        """The ``opportunity_status_changes`` operations (4): ``OpportunityStatusChangesResource``."""
        from .opportunity_status_changes import OpportunityStatusChangesResource

        return OpportunityStatusChangesResource(self._client)

    @cached_property
    def tasks_completed(self) -> TasksCompletedResource:
        """The ``tasks_completed`` operations (3): ``TasksCompletedResource``."""
        from .tasks_completed import TasksCompletedResource

        return TasksCompletedResource(self._client)

    @cached_property
    def whatsapp_messages(self) -> WhatsappMessagesResource:
        """The ``whatsapp_messages`` operations (5): ``WhatsappMessagesResource``."""
        from .whatsapp_messages import WhatsappMessagesResource

        return WhatsappMessagesResource(self._client)

    @cached_property
    def custom_activity_types(self) -> CustomActivityTypesResource:
        """The ``custom_activity_types`` operations (5): ``CustomActivityTypesResource``."""
        from .custom_activity_types import CustomActivityTypesResource

        return CustomActivityTypesResource(self._client)

    @cached_property
    def comments(self) -> CommentsResource:
        """The ``comments`` operations (5): ``CommentsResource``."""
        from .comments import CommentsResource

        return CommentsResource(self._client)

    @cached_property
    def comment_threads(self) -> CommentThreadsResource:
        """The ``comment_threads`` operations (2): ``CommentThreadsResource``."""
        from .comment_threads import CommentThreadsResource

        return CommentThreadsResource(self._client)

    @cached_property
    def reports(self) -> ReportsResource:
        """The ``reports`` operations (9): ``ReportsResource``."""
        from .reports import ReportsResource

        return ReportsResource(self._client)

    @cached_property
    def sequences(self) -> SequencesResource:
        """The ``sequences`` operations (5): ``SequencesResource``."""
        from .sequences import SequencesResource

        return SequencesResource(self._client)

    @cached_property
    def sequence_schedules(self) -> SequenceSchedulesResource:
        """The ``sequence_schedules`` operations (2): ``SequenceSchedulesResource``."""
        from .sequence_schedules import SequenceSchedulesResource

        return SequenceSchedulesResource(self._client)

    @cached_property
    def sequence_subscriptions(self) -> SequenceSubscriptionsResource:
        """The ``sequence_subscriptions`` operations (4): ``SequenceSubscriptionsResource``."""
        from .sequence_subscriptions import SequenceSubscriptionsResource

        return SequenceSubscriptionsResource(self._client)

    @cached_property
    def bulk_actions(self) -> BulkActionsResource:
        """The ``bulk_actions`` operations (12): ``BulkActionsResource``."""
        from .bulk_actions import BulkActionsResource

        return BulkActionsResource(self._client)

    @cached_property
    def exports(self) -> ExportsResource:
        """The ``exports`` operations (4): ``ExportsResource``."""
        from .exports import ExportsResource

        return ExportsResource(self._client)

    @cached_property
    def email_templates(self) -> EmailTemplatesResource:
        """The ``email_templates`` operations (6): ``EmailTemplatesResource``."""
        from .email_templates import EmailTemplatesResource

        return EmailTemplatesResource(self._client)

    @cached_property
    def sms_templates(self) -> SmsTemplatesResource:
        """The ``sms_templates`` operations (5): ``SmsTemplatesResource``."""
        from .sms_templates import SmsTemplatesResource

        return SmsTemplatesResource(self._client)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """The ``webhooks`` operations (5): ``WebhooksResource``."""
        from .webhooks import WebhooksResource

        return WebhooksResource(self._client)

    @cached_property
    def smart_views(self) -> SmartViewsResource:
        """The ``smart_views`` operations (5): ``SmartViewsResource``."""
        from .smart_views import SmartViewsResource

        return SmartViewsResource(self._client)

    @cached_property
    def ai_field_enrichment(self) -> AiFieldEnrichmentResource:
        """The ``ai_field_enrichment`` operations (1): ``AiFieldEnrichmentResource``."""
        from .ai_field_enrichment import AiFieldEnrichmentResource

        return AiFieldEnrichmentResource(self._client)

    @cached_property
    def files(self) -> FilesResource:
        """The ``files`` operations (1): ``FilesResource``."""
        from .files import FilesResource

        return FilesResource(self._client)

    @cached_property
    def users(self) -> UsersResource:
        """The ``users`` operations (3): ``UsersResource``."""
        from .users import UsersResource

        return UsersResource(self._client)

    @cached_property
    def organizations(self) -> OrganizationsResource:
        """The ``organizations`` operations (2): ``OrganizationsResource``."""
        from .organizations import OrganizationsResource

        return OrganizationsResource(self._client)

    @cached_property
    def memberships(self) -> MembershipsResource:
        """The ``memberships`` operations (6): ``MembershipsResource``."""
        from .memberships import MembershipsResource

        return MembershipsResource(self._client)

    @cached_property
    def roles(self) -> RolesResource:
        """The ``roles`` operations (5): ``RolesResource``."""
        from .roles import RolesResource

        return RolesResource(self._client)

    @cached_property
    def groups(self) -> GroupsResource:
        """The ``groups`` operations (7): ``GroupsResource``."""
        from .groups import GroupsResource

        return GroupsResource(self._client)

    @cached_property
    def connected_accounts(self) -> ConnectedAccountsResource:
        """The ``connected_accounts`` operations (2): ``ConnectedAccountsResource``."""
        from .connected_accounts import ConnectedAccountsResource

        return ConnectedAccountsResource(self._client)

    @cached_property
    def send_as(self) -> SendAsResource:
        """The ``send_as`` operations (6): ``SendAsResource``."""
        from .send_as import SendAsResource

        return SendAsResource(self._client)

    @cached_property
    def unsubscribed_emails(self) -> UnsubscribedEmailsResource:
        """The ``unsubscribed_emails`` operations (3): ``UnsubscribedEmailsResource``."""
        from .unsubscribed_emails import UnsubscribedEmailsResource

        return UnsubscribedEmailsResource(self._client)

    @cached_property
    def phone_numbers(self) -> PhoneNumbersResource:
        """The ``phone_numbers`` operations (5): ``PhoneNumbersResource``."""
        from .phone_numbers import PhoneNumbersResource

        return PhoneNumbersResource(self._client)

    @cached_property
    def blocked_phone_numbers(self) -> BlockedPhoneNumbersResource:
        """The ``blocked_phone_numbers`` operations (7): ``BlockedPhoneNumbersResource``."""
        from .blocked_phone_numbers import BlockedPhoneNumbersResource

        return BlockedPhoneNumbersResource(self._client)

    @cached_property
    def dialers(self) -> DialersResource:
        """The ``dialers`` operations (2): ``DialersResource``."""
        from .dialers import DialersResource

        return DialersResource(self._client)

    @cached_property
    def outcomes(self) -> OutcomesResource:
        """The ``outcomes`` operations (5): ``OutcomesResource``."""
        from .outcomes import OutcomesResource

        return OutcomesResource(self._client)

    @cached_property
    def playbooks(self) -> PlaybooksResource:
        """The ``playbooks`` operations (7): ``PlaybooksResource``."""
        from .playbooks import PlaybooksResource

        return PlaybooksResource(self._client)

    @cached_property
    def scheduling_links(self) -> SchedulingLinksResource:
        """The ``scheduling_links`` operations (7): ``SchedulingLinksResource``."""
        from .scheduling_links import SchedulingLinksResource

        return SchedulingLinksResource(self._client)

    @cached_property
    def shared_scheduling_links(self) -> SharedSchedulingLinksResource:
        """The ``shared_scheduling_links`` operations (5): ``SharedSchedulingLinksResource``."""
        from .shared_scheduling_links import SharedSchedulingLinksResource

        return SharedSchedulingLinksResource(self._client)

    @cached_property
    def shared_scheduling_link_associations(self) -> SharedSchedulingLinkAssociationsResource:
        """The ``shared_scheduling_link_associations`` operations (2): ``SharedSchedulingLinkAssociationsResource``."""
        from .shared_scheduling_link_associations import SharedSchedulingLinkAssociationsResource

        return SharedSchedulingLinkAssociationsResource(self._client)

    @cached_property
    def integration_links(self) -> IntegrationLinksResource:
        """The ``integration_links`` operations (5): ``IntegrationLinksResource``."""
        from .integration_links import IntegrationLinksResource

        return IntegrationLinksResource(self._client)

    @cached_property
    def forms(self) -> FormsResource:
        """The ``forms`` operations (2): ``FormsResource``."""
        from .forms import FormsResource

        return FormsResource(self._client)

    @cached_property
    def custom_objects(self) -> CustomObjectsResource:
        """The ``custom_objects`` operations (5): ``CustomObjectsResource``."""
        from .custom_objects import CustomObjectsResource

        return CustomObjectsResource(self._client)

    @cached_property
    def custom_object_types(self) -> CustomObjectTypesResource:
        """The ``custom_object_types`` operations (5): ``CustomObjectTypesResource``."""
        from .custom_object_types import CustomObjectTypesResource

        return CustomObjectTypesResource(self._client)
