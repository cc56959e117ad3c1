"""``GET /activity/`` items are the per-type models themselves, chosen by ``_type``.

One model per concept: the item of the mixed feed for a call *is* a ``CallActivity``, the
model ``get_call`` returns, so ``isinstance`` and ``match`` work on the feed. An unknown or a
missing ``_type`` falls back to ``UnknownActivity``; nothing is lost either way.
"""

from __future__ import annotations

from typing import Any

import pytest

from close_api_client import models
from close_api_client.models import ActivityList, CallActivity, NoteActivity, UnknownActivity

TYPES = {
    "Note": models.NoteActivity,
    "Call": models.CallActivity,
    "Email": models.EmailActivity,
    "EmailThread": models.EmailThreadActivity,
    "SMS": models.SmsActivity,
    "Meeting": models.MeetingActivity,
    "Created": models.CreatedActivity,
    "LeadStatusChange": models.LeadStatusChangeActivity,
    "OpportunityStatusChange": models.OpportunityStatusChangeActivity,
    "TaskCompleted": models.TaskCompletedActivity,
    "FormSubmission": models.FormSubmissionActivity,
    "LeadMerge": models.LeadMergeActivity,
    "WhatsAppMessage": models.WhatsAppMessageActivity,
}


def feed(*items: dict[str, Any]) -> ActivityList:
    return ActivityList.from_dict({"data": list(items), "has_more": False})


@pytest.mark.parametrize(("type_", "model"), TYPES.items())
def test_each_feed_item_is_the_per_type_model(type_: str, model: type[Any]) -> None:
    item = {"_type": type_, "id": f"acti_{type_}", "lead_id": "lead_1"}
    page = feed(item)
    assert type(page.data[0]) is model
    assert page.to_dict()["data"] == [item]


def test_custom_activities_are_custom_activity_models() -> None:
    item = {"_type": "CustomActivity", "id": "acti_c", "custom_activity_type_id": "actitype_1"}
    assert isinstance(feed(item).data[0], models.CustomActivity)


@pytest.mark.parametrize(
    "item",
    [
        pytest.param({"_type": "Postcard", "id": "acti_p", "stamp": "1st"}, id="unknown _type"),
        pytest.param({"id": "acti_trimmed"}, id="no _type (trimmed by _fields)"),
    ],
)
def test_an_item_without_a_known_type_is_kept_as_unknown_activity(item: dict[str, Any]) -> None:
    page = feed(item)
    assert type(page.data[0]) is UnknownActivity
    assert page.to_dict()["data"] == [item]


def test_a_per_type_model_still_parses_a_body_without_its_type() -> None:
    call = CallActivity.from_dict({"id": "acti_1", "duration": 3})
    assert call.duration == 3
    assert call.to_dict() == {"id": "acti_1", "duration": 3}


def test_a_mixed_page_keeps_its_order() -> None:
    page = feed({"_type": "Call", "id": "a"}, {"_type": "Note", "id": "b"}, {"id": "c"})
    assert [type(item) for item in page.data] == [CallActivity, NoteActivity, UnknownActivity]
