"""Deterministic sample data: the organization's defaults and ``seed_leads``.

Seeded objects go through the same create paths as API calls (so they have every field and
side effect a created object has), then get back-dated ``date_created``/``date_updated`` spread
evenly over the last ``days`` days, in creation order, so date-window pagination has something
to walk. Names and values come from the simulator's data RNG: same seed, same data.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from ._store import Record
from ._time import format_ts

if TYPE_CHECKING:
    from ._simulator import CloseSimulator

__all__ = ["bootstrap", "seed_leads"]

FIRST = ["Ada", "Bruce", "Clara", "Dmitri", "Elena", "Femi", "Grace", "Hiro", "Ines", "Jonas"]
LAST = ["Lovelace", "Wayne", "Oswald", "Petrov", "Rossi", "Adeyemi", "Hopper", "Tanaka", "Silva"]
NOUNS = ["Robotics", "Foods", "Logistics", "Analytics", "Textiles", "Energy", "Labs", "Media"]
ADJECTIVES = ["Acme", "Blue", "Northern", "Bright", "Silent", "Rapid", "Golden", "Urban"]
TITLES = ["CEO", "CTO", "Head of Sales", "Buyer", "Operations Manager", "Founder"]
NOTES = ["Asked for a demo", "Budget approved", "Follow up next week", "Important: renewal"]
SOURCES = ["Website", "Referral", "Event", "Cold outreach"]
INDUSTRIES = ["Apparel", "Cars", "Cosmetics", "IT"]


def bootstrap(sim: CloseSimulator, users: int) -> None:
    """Users, lead and opportunity statuses, and three lead custom fields."""
    store = sim.store
    start = format_ts(store.now() - timedelta(days=365))
    for i in range(users):
        first, last = FIRST[i % len(FIRST)], LAST[i % len(LAST)]
        user: Record = {
            "id": store.ids.new("user"),
            "first_name": first,
            "last_name": last,
            "email": f"{first.lower()}@example.com",
            "image": f"https://secure.gravatar.com/avatar/{i:032x}",
            "organizations": [store.organization_id],
            "date_created": start,
            "date_updated": start,
            "_membership_id": store.ids.new("memb"),
        }
        store.users[user["id"]] = user
    for label in ("Potential", "Bad Fit", "Qualified", "Customer"):
        sim.org.add_lead_status(label)
    for label, type_ in (("Active", "active"), ("Won", "won"), ("Lost", "lost")):
        sim.org.add_opportunity_status(label, type_)
    sim.org.add_custom_field("lead", "Lead Source", "choices", choices=SOURCES)
    sim.org.add_custom_field(
        "lead", "Industry", "choices", choices=INDUSTRIES, accepts_multiple_values=True
    )
    sim.org.add_custom_field("lead", "Employees", "number")


def seed_leads(
    sim: CloseSimulator,
    count: int,
    *,
    contacts_per_lead: int,
    opportunities_per_lead: int,
    activities_per_lead: int,
    tasks_per_lead: int,
    days: float,
) -> list[str]:
    store, rng = sim.store, sim.store.rng
    fields = {f["name"]: f["id"] for f in store.custom_fields["lead"].values()}
    lead_statuses = list(store.lead_statuses)
    opp_statuses = list(store.opportunity_statuses.values())
    users = list(store.users)
    now = store.now()
    span = timedelta(days=days)
    created_ids: list[str] = []
    for n in range(count):
        created = now - span + span * (n + rng.random() * 0.5) / max(count, 1)
        name = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {len(store.leads) + 1}"
        body: Record = {
            "name": name,
            "description": rng.choice(NOTES),
            "url": f"https://{name.lower().replace(' ', '-')}.example.com",
            "status_id": rng.choice(lead_statuses),
            "contacts": [],
        }
        for c in range(contacts_per_lead):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            body["contacts"].append(
                {
                    "name": f"{first} {last}",
                    "title": rng.choice(TITLES),
                    "emails": [{"type": "office", "email": f"{first}.{last}{n}.{c}@example.com"}],
                    "phones": [{"type": "office", "phone": f"415555{rng.randrange(10000):04d}"}],
                }
            )
        if "Lead Source" in fields:
            body[f"custom.{fields['Lead Source']}"] = rng.choice(SOURCES)
        if "Employees" in fields:
            body[f"custom.{fields['Employees']}"] = rng.randrange(1, 5000)
        lead = sim.crm.create_lead(None, body)
        lead_id = lead["id"]
        stamps = [created + timedelta(milliseconds=k) for k in range(1000)]
        for _ in range(opportunities_per_lead):
            status = rng.choice(opp_statuses)
            opp_body: Record = {
                "lead_id": lead_id,
                "status_id": status["id"],
                "value": rng.randrange(1, 500) * 10000,
                "value_period": rng.choice(["one_time", "one_time", "monthly", "annual"]),
                "confidence": rng.choice([10, 25, 50, 75, 90]),
                "note": rng.choice(NOTES),
                "user_id": rng.choice(users),
            }
            if status["type"] == "won":
                opp_body["date_won"] = created.date().isoformat()
            sim.crm.create_opportunity(None, opp_body)
        contacts = store.contacts.of_lead(lead_id)
        for a in range(activities_per_lead):
            contact_id = contacts[a % len(contacts)]["id"] if contacts else None
            if a % 2 == 0:
                sim.activities.new(
                    None, "Note", lead_id, {"note": rng.choice(NOTES), "contact_id": contact_id}
                )
            else:
                sim.activities.new(
                    None,
                    "Call",
                    lead_id,
                    {
                        "contact_id": contact_id,
                        "duration": rng.randrange(10, 900),
                        "phone": f"415555{rng.randrange(10000):04d}",
                        "user_id": rng.choice(users),
                    },
                )
        for _ in range(tasks_per_lead):
            sim.crm.create_task(
                None,
                {
                    "lead_id": lead_id,
                    "text": rng.choice(NOTES),
                    "date": (created + timedelta(days=rng.randrange(1, 30))).date().isoformat(),
                    "assigned_to": rng.choice(users),
                },
            )
        # Back-date the lead and everything under it, keeping creation order.
        children = [store.leads.get(lead_id)]
        for collection in (store.contacts, store.opportunities, store.activities, store.tasks):
            children += collection.of_lead(lead_id)
        for k, record in enumerate(r for r in children if r is not None):
            record["date_created"] = record["date_updated"] = format_ts(stamps[k % len(stamps)])
        created_ids.append(lead_id)
    return created_ids
