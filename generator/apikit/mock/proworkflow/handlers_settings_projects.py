"""Project settings: the options new projects start with, autonumbering, categories, custom fields,
custom statuses, tags and templates.

- Staff only, as every account setting: clients and contractors get 403, on reads too.
- They take effect at once: a project's ``categoryid``, ``customstatusid``, ``tagid``,
  ``customfields`` ids, ``templateid`` and ``autonumberid`` must name rows of these tables (400 on a
  write otherwise; :meth:`.handlers.Api.project_setting`), and a project shows the current name (and
  colour) of each, so a rename shows on every project carrying it.
- Category, custom status and tag names are unique (case-insensitive) within their kind. A category
  or custom status that projects carry cannot be deleted (400: move the projects first); a deleted
  tag comes off every project, as a label would.
- ``number`` ``auto`` (or none) on a new project takes the prefix of the autonumbering scheme
  ``autonumberid`` names, else of the default scheme, and one more than the highest number of that
  form among the projects (:meth:`.handlers.Api.project_number`); each scheme shows that next number.
- Autonumbering schemes, custom fields and templates are made in the web application: the API only
  reads them. A project made from a template starts with its description and category unless the
  body sends its own. Custom fields are not the API fields (``/settings/apifields`` of type
  ``project``): the web application shows custom fields and never shows API fields.
- ``/settings/projects`` holds the options (client access, e-mail alerts) a project has until it
  sets its own (:data:`.demo.PROJECT_SETTINGS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow import demo
from apikit.mock.proworkflow.crud import Kind, Remove, id_and_name, staff_only
from apikit.mock.proworkflow.handlers import Api, Caller, HandlerFunction, next_number
from apikit.mock.proworkflow.settings_names import (
    named_record,
    unique_name_writes,
)
from apikit.mock.table import Row


def settings_get(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    return api.item_reply("settings", dict(demo.PROJECT_SETTINGS))


# categories and custom statuses: every project carrying one must be moved before it goes


def _refuse_while_carried(key: str, what: str, remedy: str) -> Remove:
    def refuse(api: Api, call: Call[Caller], row: Row) -> None:
        carried = api.store.projects.where(**{key: row["id"]})
        if carried:
            raise ApiError(400, f"{len(carried)} project(s) use {what} {row['id']}: {remedy}")

    return refuse


def _custom_status_record(api: Api, call: Call[Caller], status: Row) -> Row:
    return {key: status[key] for key in ("id", "name", "color")}


CATEGORY_WRITES = unique_name_writes(lambda store: store.project_categories, "project category")
STATUS_WRITES = unique_name_writes(lambda store: store.custom_statuses, "custom status")
TAG_WRITES = unique_name_writes(lambda store: store.project_tags, "project tag")


def _new_custom_status(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    return {**STATUS_WRITES.build(api, call, body, row), "color": str(body["color"])}


def _change_custom_status(api: Api, call: Call[Caller], status: Row, body: Mapping[str, Any]) -> Row:
    changes: Row = STATUS_WRITES.change(api, call, status, body) if "name" in body else {}
    if "color" in body:
        changes["color"] = str(body["color"])
    return changes


# tags


def _untag_projects(api: Api, call: Call[Caller], tag: Row) -> None:
    for project in api.store.projects.all():
        if tag["id"] in project.get("tagids", []):
            project["tagids"] = [tid for tid in project["tagids"] if tid != tag["id"]]
            api.store.touch(project)


# read-only: templates, custom fields, autonumbering


def _template_record(api: Api, call: Call[Caller], template: Row) -> Row:
    record = {key: template[key] for key in ("id", "name", "description")}
    category = api.store.project_categories.find(template["categoryid"])
    if category is not None:
        record |= {"categoryid": category["id"], "categoryname": category["name"]}
    return record


def _autonumbering_record(api: Api, call: Call[Caller], scheme: Row) -> Row:
    return {
        **{key: scheme[key] for key in ("id", "name", "prefix", "default")},
        "nextnumber": next_number(api.store.projects.all(), str(scheme["prefix"])),
    }


HANDLERS: dict[str, HandlerFunction] = {"settingsProjectsGet": settings_get}

KINDS = (
    Kind(
        resource="projectcategories",
        label="Category",
        singular="category",
        plural="categories",
        table=lambda store: store.project_categories,
        show=named_record,
        build=CATEGORY_WRITES.build,
        change=CATEGORY_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_refuse_while_carried("categoryid", "category", "move them to another category first"),
    ),
    Kind(
        resource="projectcustomstatuses",
        label="Custom Status",
        singular="customstatus",
        plural="customstatuses",
        table=lambda store: store.custom_statuses,
        show=_custom_status_record,
        build=_new_custom_status,
        change=_change_custom_status,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_refuse_while_carried("customstatusid", "custom status", "give them another status first"),
    ),
    Kind(
        resource="projecttags",
        label="Tag",
        singular="tag",
        plural="tags",
        table=lambda store: store.project_tags,
        show=named_record,
        build=TAG_WRITES.build,
        change=TAG_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_untag_projects,
    ),
    Kind(
        resource="projecttemplates",
        label="Template",
        singular="template",
        plural="templates",
        table=lambda store: store.project_templates,
        show=_template_record,
        may_read=staff_only,
    ),
    Kind(
        resource="projectcustomfields",
        label="Custom Field",
        singular="customfield",
        plural="customfields",
        table=lambda store: store.project_custom_fields,
        show=named_record,
        may_read=staff_only,
    ),
    Kind(
        resource="projectautonumbering",
        label="Autonumbering",
        singular="autonumbering",
        plural="autonumbering",
        table=lambda store: store.project_autonumbering,
        show=_autonumbering_record,
        may_read=staff_only,
    ),
)
