"""Contact settings: divisions, staff groups and teams, roles, permissions and contact tags.

- Staff only, as every setting: clients and contractors get 403.
- Teams and groups are the web application's org chart: a group sits under one team (``teamid``,
  required on create), a staff contact is put in groups, and their ``teams`` are the teams of their
  groups, so they follow when a contact changes groups or a group moves to another team. Deleting a
  group takes every contact out of it; a team that groups sit under cannot be deleted.
- Contacts and companies share one tag list (the settings have no company tags of their own).
  Deleting a tag takes it off every contact and company that carries it.
- New groups and tags can be given to contacts (and tags to companies) at once, and renamed ones show
  their new name there: contacts and companies hold ids and are shown from these tables.
- Names are unique (case-insensitive): tags, teams and divisions in the account, groups within their
  team.
- Divisions cannot be added; one no company or contact is in can be deleted (rows without a
  ``divisionid`` are in division 1). Roles and permissions are read-only: the roles staff are given
  and the application permissions that ``/contacts/{id}/permissions`` lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from apikit.mock.engine import ApiError, Call
from apikit.mock.proworkflow.crud import Kind, id_and_name, staff_only
from apikit.mock.proworkflow.handlers import Api, Caller, HandlerFunction, MissingReference
from apikit.mock.proworkflow.query import DEFAULT_DIVISION
from apikit.mock.proworkflow.settings_names import (
    named_record,
    require_unique_name,
    setting_name,
    unique_name_writes,
)
from apikit.mock.table import Row


def _drop_link(api: Api, rows: Iterable[Row], key: str, row_id: int) -> None:
    """Take an id off the id list ``key`` of every row that holds it."""
    for row in rows:
        if row_id in row[key]:
            api.update_links(row, key, [row_id], remove=True)


# settings/contacts/divisions


DIVISION_WRITES = unique_name_writes(lambda store: store.divisions, "division")


def _refuse_if_in_use(api: Api, call: Call[Caller], division: Row) -> None:
    members = [*api.store.companies.all(), *api.store.contacts.all()]
    if any((row.get("divisionid") or DEFAULT_DIVISION) == division["id"] for row in members):
        raise ApiError(400, f"Division {division['id']} holds companies or contacts")


# settings/contacts/groups


def _group_record(api: Api, call: Call[Caller], group: Row) -> Row:
    return {key: group[key] for key in ("id", "name", "teamid")}


def _existing_team(api: Api, team_id: int) -> int:
    if api.store.teams.find(team_id) is None:
        raise MissingReference(f"'teamid': Team {team_id} not found")
    return team_id


def _require_unique_group(api: Api, name: str, team_id: int, except_id: int | None = None) -> None:
    require_unique_name(api.store.groups.where(teamid=team_id), name, "group in this team", except_id)


def _new_group(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    name = setting_name(body)
    team_id = _existing_team(api, body["teamid"])
    _require_unique_group(api, name, team_id)
    return {**row, "name": name, "teamid": team_id}


def _change_group(api: Api, call: Call[Caller], group: Row, body: Mapping[str, Any]) -> Row:
    name = setting_name(body) if "name" in body else group["name"]
    team_id = _existing_team(api, body["teamid"]) if "teamid" in body else group["teamid"]
    _require_unique_group(api, name, team_id, except_id=group["id"])
    return {"name": name, "teamid": team_id}


def _take_out_members(api: Api, call: Call[Caller], group: Row) -> None:
    _drop_link(api, api.store.contacts.all(), "groupids", group["id"])


# settings/contacts/tags


TAG_WRITES = unique_name_writes(lambda store: store.tags, "tag")


def _untag_everything(api: Api, call: Call[Caller], tag: Row) -> None:
    _drop_link(api, [*api.store.contacts.all(), *api.store.companies.all()], "tagids", tag["id"])


# settings/contacts/teams


TEAM_WRITES = unique_name_writes(lambda store: store.teams, "team")


def _refuse_if_groups_under(api: Api, call: Call[Caller], team: Row) -> None:
    groups = api.store.groups.where(teamid=team["id"])
    if groups:
        count = len(groups)
        raise ApiError(400, f"Team {team['id']} holds {count} group(s): delete or move them first")


HANDLERS: dict[str, HandlerFunction] = {}

KINDS = (
    Kind(
        resource="contactdivisions",
        label="Division",
        singular="division",
        plural="divisions",
        table=lambda store: store.divisions,
        show=named_record,
        change=DIVISION_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_refuse_if_in_use,
    ),
    Kind(
        resource="contactgroups",
        label="Group",
        singular="group",
        plural="groups",
        table=lambda store: store.groups,
        show=_group_record,
        build=_new_group,
        change=_change_group,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_take_out_members,
    ),
    Kind(
        resource="contactpermissions",
        label="Permission",
        singular="permission",
        plural="permissions",
        table=lambda store: store.permissions,
        show=named_record,
        may_read=staff_only,
    ),
    Kind(
        resource="contactroles",
        label="Role",
        singular="role",
        plural="roles",
        table=lambda store: store.roles,
        show=named_record,
        may_read=staff_only,
    ),
    Kind(
        resource="contacttags",
        label="Tag",
        singular="tag",
        plural="tags",
        table=lambda store: store.tags,
        show=named_record,
        build=TAG_WRITES.build,
        change=TAG_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_untag_everything,
    ),
    Kind(
        resource="contactteams",
        label="Team",
        singular="team",
        plural="teams",
        table=lambda store: store.teams,
        show=named_record,
        build=TEAM_WRITES.build,
        change=TEAM_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_refuse_if_groups_under,
    ),
)
