"""Companies and what hangs off them: contacts, invoices, notes, projects, quotes, summary, tags,
tasks and time.

- ``POST /companies`` takes one object or a JSON array (every item is checked before any is
  stored; the answer has one ``details`` entry per item, in order). Staff with the "Contacts" add
  permission only; the type of a new company is client, contractor or other.
- ``PUT /companies/{id}`` changes only the fields sent; an empty string clears a field.
- ``DELETE /companies/{id}`` deletes the company's contacts too unless ``deletecontacts=false``
  (they then stay without a company); the company's notes go with it. A staff company cannot be
  deleted.
- The nested lists are the top-level items narrowed to the company (a note added here is the
  same note ``/notes`` lists); ``/companies/{id}/summary`` shows the first rows of each data type
  (paged per type, 10 by default): contacts for every company, plus unpaid invoices, active
  projects, pending quotes and active tasks for client companies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.crud import Kind, app_permission, id_and_name
from apikit.mock.proworkflow.handlers import (
    PERMISSION_CONTACTS,
    Api,
    Caller,
    HandlerFunction,
    contact_detail,
    created,
    one_or_many,
    project_detail,
    written,
)
from apikit.mock.proworkflow.store import ADDRESS_KEYS, STAFF
from apikit.mock.table import Row

COMPANY_TEXT_KEYS = ("name", "code", "email", "fax", "phone", "website", "facebook", "linkedin", "twitter")


def _company(api: Api, call: Call[Caller]) -> Row:
    return api.visible_company(call, call.params["companyid"])


def _companies_of_type(company_type: str) -> Any:
    def handler(api: Api, call: Call[Caller]) -> Reply:
        companies = api.store.companies.where(type=company_type)
        return api.list_reply(call, "companies", api.company_records(call, companies))

    return handler


def _company_row(api: Api, fields: Mapping[str, Any]) -> Row:
    return {
        "name": fields["name"],
        "code": fields.get("code", ""),
        "type": fields["type"],
        "address": {key: fields[key] for key in ADDRESS_KEYS if key in fields},
        **{key: fields.get(key, "") for key in COMPANY_TEXT_KEYS if key not in ("name", "code")},
        "tagids": api.existing_ids(fields.get("tagid", ""), "tagid", api.store.tags.rows, "Tag"),
        "apifields": [dict(item) for item in fields.get("apifields", [])],
        "pending": False,
    }


def companies_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_CONTACTS, "add")
    items, batch = one_or_many(call.body)
    rows = [_company_row(api, fields) for fields in items]
    stored = [api.store.insert(api.store.companies, row) for row in rows]
    return created("Company/ies Added" if batch else "Company Added", [id_and_name(c) for c in stored])


def _change_company(api: Api, call: Call[Caller], company: Row, body: Mapping[str, Any]) -> Row:
    fields = dict(body)
    if "name" in fields and not str(fields["name"]).strip():
        raise ApiError(400, "'name' cannot be empty")
    tagids = (
        api.existing_ids(fields.pop("tagid"), "tagid", api.store.tags.rows, "Tag")
        if "tagid" in fields
        else None
    )
    changes: Row = {"address": dict(company["address"])}
    for key, value in fields.items():
        if key in ADDRESS_KEYS:
            set_or_clear(changes["address"], key, value)
        elif key == "apifields":
            changes["apifields"] = merge_apifields(company["apifields"], value)
        elif key != "imagecontent":
            changes[key] = value
    if tagids is not None:
        changes["tagids"] = tagids
    return changes


def set_or_clear(target: Row, key: str, value: Any) -> None:
    if value == "":
        target.pop(key, None)
    else:
        target[key] = value


def merge_apifields(current: list[Row], changes: list[Mapping[str, Any]]) -> list[Row]:
    """API field values by id: a sent value replaces the stored one, an empty string removes it."""
    by_id = {int(item["id"]): dict(item) for item in current}
    for change in changes:
        if change["value"] == "":
            by_id.pop(int(change["id"]), None)
        else:
            by_id[int(change["id"])] = {**by_id.get(int(change["id"]), {}), **change}
    return [by_id[key] for key in sorted(by_id)]


def _delete_company_parts(api: Api, call: Call[Caller], company: Row) -> None:
    if company["type"] == STAFF:
        raise ApiError(400, "A Staff company cannot be deleted")
    members = api.store.contacts.where(companyid=company["id"])
    if call.params.get("deletecontacts", True):
        for contact in members:
            remove_contact(api, contact["id"])
    else:
        for contact in members:
            contact["companyid"] = None
            api.store.touch(contact)
    for note in api.store.notes.where(companyid=company["id"]):
        api.store.notes.delete(note["id"])


COMPANIES = Kind(
    resource="companies",
    label="Company",
    singular="company",
    plural="companies",
    table=lambda store: store.companies,
    show=lambda api, call, company: api.store.company_record(company, staff_view=api.staff_view(call)),
    visible=lambda api, caller, company: api.company_visible(caller, company),
    change=_change_company,
    may_write=app_permission(PERMISSION_CONTACTS),
    detail=id_and_name,
    on_delete=_delete_company_parts,
)


def remove_contact(api: Api, contact_id: int) -> None:
    """Delete a contact and every link to it; its time records and messages stay as history."""
    api.store.contacts.delete(contact_id)
    unlink_contact(api, contact_id)


def unlink_contact(api: Api, contact_id: int) -> None:
    """Take a contact that is going off everything linked to it: its login, its permissions, its
    assignments and the notes about it."""
    store = api.store
    store.credentials.pop(contact_id, None)
    store.contact_permissions.pop(contact_id, None)
    for table in (
        store.projects,
        store.tasks,
        store.events,
        store.messages,
        store.notes,
        store.folders,
        store.files,
    ):
        for row in table.all():
            if isinstance(row.get("contactids"), list) and contact_id in row["contactids"]:
                row["contactids"] = [cid for cid in row["contactids"] if cid != contact_id]
    for note in store.notes.where(contactid=contact_id):
        store.notes.delete(note["id"])


def company_contacts_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_CONTACTS, "add")
    company = _company(api, call)
    items, batch = one_or_many(call.body)
    taken: set[str] = set()
    prepared = [api.prepare_contact(call, fields, company, company["type"], taken) for fields in items]
    stored = api.insert_contacts(prepared)
    return created("Contact/s Added" if batch else "Contact Added", [contact_detail(c) for c in stored])


def company_notes_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    company = _company(api, call)
    note = api.add_note(call.body, company_id=company["id"], contact_id=None)
    return created("Note Added", [{"id": note["id"]}])


def _company_note(api: Api, call: Call[Caller]) -> Row:
    company = _company(api, call)
    note = api.store.notes.find(call.params["noteid"])
    if note is None or note["companyid"] != company["id"] or not api.note_visible(call.principal, note):
        raise ApiError(404, f"Note {call.params['noteid']} not found for this company")
    return note


def company_notes_get(api: Api, call: Call[Caller]) -> Reply:
    note = _company_note(api, call)
    return api.item_reply("note", api.store.note_record(note, staff_view=api.staff_view(call)))


def company_notes_delete(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    note = _company_note(api, call)
    api.store.notes.delete(note["id"])
    return written("Note Deleted", [{"id": note["id"]}])


def company_projects_create(api: Api, call: Call[Caller]) -> Reply:
    company = _company(api, call)
    project = api.add_project(call, call.body, company["id"], None)
    return created("Project Added", [project_detail(project)])


def company_tags_list(api: Api, call: Call[Caller]) -> Reply:
    company = _company(api, call)
    return api.list_reply(call, "tags", api.store.tag_rows(company["tagids"]))


def company_tags_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_CONTACTS, "edit")
    company = _company(api, call)
    tag_ids = api.existing_ids(call.body["tagid"], "tagid", api.store.tags.rows, "Tag")
    api.update_links(company, "tagids", tag_ids, bool(call.body.get("remove", False)))
    return written("Company Tags Updated", [id_and_name(company)])


def _company_tasks(api: Api, company: Row) -> list[Row]:
    project_ids = {p["id"] for p in api.store.projects.where(companyid=company["id"])}
    return [t for t in api.store.tasks.all() if t["projectid"] in project_ids]


def company_tasks_list(api: Api, call: Call[Caller]) -> Reply:
    company = _company(api, call)
    return api.list_reply(call, "tasks", api.task_records(call, _company_tasks(api, company)))


def company_time_list(api: Api, call: Call[Caller]) -> Reply:
    company = _company(api, call)
    task_ids = {t["id"] for t in _company_tasks(api, company)}
    records = [r for r in api.store.time_records.all() if r["taskid"] in task_ids]
    return api.list_reply(call, "timerecords", api.time_records(call, records))


def company_summary_get(api: Api, call: Call[Caller]) -> Reply:
    company = _company(api, call)
    store = api.store
    sections: dict[str, list[Row]] = {
        "contacts": api.contact_records(call, store.contacts.where(companyid=company["id"]))
    }
    if company["type"] == "client":
        sections["projects"] = api.project_records(call, store.projects.where(companyid=company["id"]))
        sections["tasks"] = api.task_records(call, _company_tasks(api, company))
        if api.may_view_billing(call):
            sections["invoices"] = api.invoice_records(call, store.invoices.where(companyid=company["id"]))
            sections["quotes"] = api.quote_records(call, store.quotes.where(companyid=company["id"]))
    return api.summary_reply(call, sections)


HANDLERS: dict[str, HandlerFunction] = {
    "companiesCreate": companies_create,
    "companyContactsCreate": company_contacts_create,
    "companyNotesCreate": company_notes_create,
    "companyNotesGet": company_notes_get,
    "companyNotesDelete": company_notes_delete,
    "companyProjectsCreate": company_projects_create,
    "companySummaryGet": company_summary_get,
    "companyTagsList": company_tags_list,
    "companyTagsUpdate": company_tags_update,
    "companyTasksList": company_tasks_list,
    "companyTimeList": company_time_list,
    "companiesListClient": _companies_of_type("client"),
    "companiesListContractor": _companies_of_type("contractor"),
    "companiesListStaff": _companies_of_type(STAFF),
}

KINDS: list[Kind] = [COMPANIES]
