"""``PUT /task/``: one change applied to every task matching the list filters.

The filters are exactly those of ``GET /task/`` (query string, or the body's ``_params`` for
long values such as ``id__in``), so "which tasks" is answered by the list handler itself;
the matches are collected first, then each is updated through the single-task handler, so
every task gets its ``updated`` (and ``completed``) event as if updated one by one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ._app import _param_text
from ._base import Route
from ._http import Call, bad_request, field_error
from ._store import Record

if TYPE_CHECKING:
    from ._crm import Crm

__all__ = ["TaskBulk"]

CHANGES = ("assigned_to", "date", "is_complete")


class TaskBulk:
    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def routes(self) -> list[Route]:
        return [Route("PUT", "/task/", self.update)]

    def update(self, call: Call) -> Record:
        body = call.json_object()
        unknown = sorted(set(body) - {"_params", *CHANGES})
        if unknown:
            raise field_error(unknown[0], "A bulk update sets only assigned_to, date, is_complete.")
        changes = {key: body[key] for key in CHANGES if key in body}
        if not changes:
            raise bad_request("Give at least one of assigned_to, date, is_complete.")
        extra = body.get("_params") or {}
        if not isinstance(extra, dict):
            raise field_error("_params", "Must be an object of list filters.")
        params = {**call.params, **{key: _param_text(value) for key, value in extra.items()}}
        for task_id in self._matching(call, params):
            self.crm.update_task(replace(call, args=(task_id,), body=changes))
        return {"ok": True}

    def _matching(self, call: Call, params: dict[str, str]) -> list[str]:
        """Ids of every task the list operation would return for ``params``, all pages."""
        ids: list[str] = []
        limit = self.crm.world.caps.max_limit
        while True:
            page_params = {**params, "_skip": str(len(ids)), "_limit": str(limit), "_fields": "id"}
            page = self.crm.list_tasks(replace(call, method="GET", params=page_params, body=None))
            ids += [task["id"] for task in page["data"]]
            if not page["has_more"]:
                return ids
