"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): with a few hundred models, importing them all eagerly
would cost most of the package's import time, and an endpoint module only needs its own.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .contact import Contact
    from .contact_url import ContactUrl
    from .email_address import EmailAddress
    from .empty import Empty
    from .error import Error
    from .error_error_type_1 import ErrorErrorType1
    from .error_field_errors import ErrorFieldErrors
    from .lead import Lead
    from .lead_contact_create import LeadContactCreate
    from .lead_create import LeadCreate
    from .lead_custom import LeadCustom
    from .lead_list import LeadList
    from .lead_update import LeadUpdate
    from .list_envelope import ListEnvelope
    from .me import Me
    from .membership import Membership
    from .merge_leads_request import MergeLeadsRequest
    from .opportunity import Opportunity
    from .organization import Organization
    from .phone import Phone
    from .rate_limit_details import RateLimitDetails
    from .rate_limit_error import RateLimitError
    from .task import Task
    from .user import User

_MODULE_OF: dict[str, str] = {
    "Address": ".address",
    "Contact": ".contact",
    "ContactUrl": ".contact_url",
    "EmailAddress": ".email_address",
    "Empty": ".empty",
    "Error": ".error",
    "ErrorErrorType1": ".error_error_type_1",
    "ErrorFieldErrors": ".error_field_errors",
    "Lead": ".lead",
    "LeadContactCreate": ".lead_contact_create",
    "LeadCreate": ".lead_create",
    "LeadCustom": ".lead_custom",
    "LeadList": ".lead_list",
    "LeadUpdate": ".lead_update",
    "ListEnvelope": ".list_envelope",
    "Me": ".me",
    "Membership": ".membership",
    "MergeLeadsRequest": ".merge_leads_request",
    "Opportunity": ".opportunity",
    "Organization": ".organization",
    "Phone": ".phone",
    "RateLimitDetails": ".rate_limit_details",
    "RateLimitError": ".rate_limit_error",
    "Task": ".task",
    "User": ".user",
}

__all__ = (
    "Address",
    "Contact",
    "ContactUrl",
    "EmailAddress",
    "Empty",
    "Error",
    "ErrorErrorType1",
    "ErrorFieldErrors",
    "Lead",
    "LeadContactCreate",
    "LeadCreate",
    "LeadCustom",
    "LeadList",
    "LeadUpdate",
    "ListEnvelope",
    "Me",
    "Membership",
    "MergeLeadsRequest",
    "Opportunity",
    "Organization",
    "Phone",
    "RateLimitDetails",
    "RateLimitError",
    "Task",
    "User",
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
