"""Contacts (with their groups, location, notes, permissions, projects, roles, summary, tags, tasks,
time), the login call and the caller's own details.

- ``POST /contacts`` takes one object or a JSON array (all checked before any is stored); the type
  must fit the company's type. Usernames and e-mail addresses must be unused, since both log in.
- ``PUT /contacts/{id}`` and ``PUT /me`` change only the fields sent (an empty string clears one);
  a password sent there replaces the old one. A contact cannot delete themselves.
- Groups and roles belong to staff contacts: asking for a client's groups is a 400, and only staff
  callers may use these calls (403). Permissions: staff see anyone's, others only their own.
- ``GET /contacts/{id}/permissions/{permissionid}?permissionsetting=add`` tells whether the contact
  holds that setting of the permission (``allowed``).
- ``GET /contacts/forgotpassword?email=`` answers 404 when no contact has the address.
- ``POST /contacts/requestaccess`` files a pending contact (in a pending client company of the
  given name, or the existing company with that name); pending contacts cannot log in.
- ``GET /login`` returns the account (name, URL, plan, currency), the caller and the API key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.crud import Kind, Parent, app_permission
from apikit.mock.proworkflow.handlers import (
    PERMISSION_CONTACTS,
    SUCCESS,
    Api,
    Caller,
    HandlerFunction,
    MissingReference,
    contact_detail,
    created,
    one_or_many,
    project_detail,
    written,
)
from apikit.mock.proworkflow.handlers_companies import merge_apifields, set_or_clear, unlink_contact
from apikit.mock.proworkflow.store import ADDRESS_KEYS, STAFF, full_name
from apikit.mock.table import Row

CONTACT_TEXT_KEYS = ("firstname", "lastname", "email", "title", "workphone", "mobilephone", "fax", "username")
ACCESS_SETTINGS = ("view", "add", "edit", "delete")


def _contact(api: Api, call: Call[Caller]) -> Row:
    return api.visible_contact(call, call.params["contactid"])


def _show_contact(api: Api, call: Call[Caller], contact: Row) -> Row:
    return api.store.contact_record(contact, staff_view=api.staff_view(call))


def _show_contact_in_full(api: Api, call: Call[Caller], contact: Row) -> Row:
    """A contact's own record shows the staff-only fields too; ``permissions`` adds theirs."""
    own = contact["id"] == call.principal.contact_id
    record = api.store.contact_record(contact, staff_view=own or api.staff_view(call))
    if call.params.get("permissions"):
        record["permissions"] = _permission_rows(api, contact["id"])
    return record


def _contacts_of_type(contact_type: str) -> HandlerFunction:
    def handler(api: Api, call: Call[Caller]) -> Reply:
        return api.list_reply(
            call, "contacts", api.contact_records(call, api.store.contacts.where(type=contact_type))
        )

    return handler


def contacts_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_CONTACTS, "add")
    items, batch = one_or_many(call.body)
    taken: set[str] = set()
    prepared = []
    for fields in items:
        company = api.store.companies.find(fields["companyid"])
        if company is None:
            raise MissingReference(f"'companyid': company {fields['companyid']} not found")
        prepared.append(api.prepare_contact(call, fields, company, str(fields["type"]), taken))
    stored = api.insert_contacts(prepared)
    return created("Contact/s Added" if batch else "Contact Added", [contact_detail(c) for c in stored])


def contact_changes(api: Api, contact: Row, fields: Mapping[str, Any]) -> Row:
    """A partial update: only the keys sent change; an empty string clears a text field. A password
    sent replaces the old one at once (after every other value is checked)."""
    changes = dict(fields)
    for name in ("firstname", "lastname"):
        if name in changes and not str(changes[name]).strip():
            raise ApiError(400, f"'{name}' cannot be empty")
    for login_key in ("username", "email"):
        login = str(changes.get(login_key, "")).strip()
        if login and api.store.login_in_use(login, except_id=contact["id"]):
            raise ApiError(400, f"The username or e-mail address '{login}' is already in use")
    links = _link_changes(api, contact, changes)
    company_id = changes.pop("companyid", None)
    result: Row = {}
    if company_id is not None:
        company = api.store.companies.find(company_id)
        if company is None or company["type"] != contact["type"]:
            raise ApiError(
                400, f"'companyid': company {company_id} cannot hold this {contact['type']} contact"
            )
        result["companyid"] = company_id
    password = changes.pop("password", None)
    address = dict(contact.get("address", {}))
    for key, value in changes.items():
        if key in ADDRESS_KEYS:
            set_or_clear(address, key, value)
            result["address"] = address
        elif key == "apifields":
            result["apifields"] = merge_apifields(contact["apifields"], value)
        elif key in (*CONTACT_TEXT_KEYS, "allowlogin"):
            result[key] = value
    if password:
        api.store.set_password(contact["id"], str(password))
    return result | links


def _link_changes(api: Api, contact: Row, changes: dict[str, Any]) -> Row:
    links: Row = {}
    for key, target, rows, kind in (
        ("tagid", "tagids", api.store.tags.rows, "Tag"),
        ("groupid", "groupids", api.store.groups.rows, "Group"),
        ("roleid", "roleids", api.store.roles.rows, "Role"),
    ):
        if key in changes:
            ids = api.existing_ids(changes.pop(key), key, rows, kind)
            if ids and key != "tagid" and contact["type"] != STAFF:
                raise ApiError(400, f"'{key}' applies to Staff contacts only")
            links[target] = ids
    return links


def _delete_contact_links(api: Api, call: Call[Caller], contact: Row) -> None:
    if contact["id"] == call.principal.contact_id:
        raise ApiError(400, "You cannot delete your own contact")
    unlink_contact(api, contact["id"])


CONTACTS = Kind(
    resource="contacts",
    label="Contact",
    singular="contact",
    plural="contacts",
    table=lambda store: store.contacts,
    show=_show_contact,
    show_one=_show_contact_in_full,
    visible=lambda api, caller, contact: api.contact_visible(caller, contact),
    # /projects/{id}/contacts and /tasks/{id}/contacts list who is on the item (their modules).
    parents={"companyid": Parent("companyid", Api.visible_company)},
    change=lambda api, call, contact, body: contact_changes(api, contact, body),
    may_write=app_permission(PERMISSION_CONTACTS),
    detail=contact_detail,
    on_delete=_delete_contact_links,
)


def _staff_contact(api: Api, call: Call[Caller]) -> Row:
    api.require_staff(call)
    contact = _contact(api, call)
    if contact["type"] != STAFF:
        raise ApiError(400, f"Contact {contact['id']} is not a Staff contact")
    return contact


def _listed_contact(api: Api, call: Call[Caller]) -> Row:
    """Reading groups or roles of any contact is valid; only staff have any (others: an empty list)."""
    api.require_staff(call)
    return _contact(api, call)


def contact_groups_list(api: Api, call: Call[Caller]) -> Reply:
    contact = _listed_contact(api, call)
    groups = [
        dict(api.store.groups.rows[g]) for g in contact.get("groupids", ()) if g in api.store.groups.rows
    ]
    return api.list_reply(call, "groups", groups)


def contact_groups_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_CONTACTS, "edit")
    contact = _staff_contact(api, call)
    ids = api.existing_ids(call.body["groupid"], "groupid", api.store.groups.rows, "Group")
    api.update_links(contact, "groupids", ids, bool(call.body.get("remove", False)))
    return written("Contact Groups Updated", [contact_detail(contact)])


def contact_roles_list(api: Api, call: Call[Caller]) -> Reply:
    contact = _listed_contact(api, call)
    roles = [dict(api.store.roles.rows[r]) for r in contact.get("roleids", ()) if r in api.store.roles.rows]
    return api.list_reply(call, "roles", roles)


def contact_roles_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_CONTACTS, "edit")
    contact = _staff_contact(api, call)
    ids = api.existing_ids(call.body["roleid"], "roleid", api.store.roles.rows, "Role")
    api.update_links(contact, "roleids", ids, bool(call.body.get("remove", False)))
    return written("Contact Roles Updated", [contact_detail(contact)])


def _self_or_staff(api: Api, call: Call[Caller]) -> Row:
    contact = _contact(api, call)
    if not call.principal.is_staff and contact["id"] != call.principal.contact_id:
        raise ApiError(403, "You may only use this call for your own contact")
    return contact


def contact_location_get(api: Api, call: Call[Caller]) -> Reply:
    contact = _self_or_staff(api, call)
    return Reply({"location": dict(contact["location"]), "count": 1, "status": SUCCESS})


def contact_location_update(api: Api, call: Call[Caller]) -> Reply:
    contact = _self_or_staff(api, call)
    body = call.body or {}
    has_position = "latitude" in body and "longitude" in body
    if not has_position and not str(body.get("address", "")).strip():
        raise ApiError(400, "Send 'latitude' and 'longitude', or 'address'")
    location: Row = {"locationtime": api.store.now_text()}
    if has_position:
        location |= {"latitude": body["latitude"], "longitude": body["longitude"]}
    else:  # an address alone keeps the last known position (the mock does not geocode)
        location |= {
            key: contact["location"][key] for key in ("latitude", "longitude") if key in contact["location"]
        }
    if body.get("address"):
        location["address"] = body["address"]
    contact["location"] = location
    api.store.touch(contact)
    return written("Location Updated", [contact_detail(contact)])


def contacts_locations_list(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    located = [c for c in api.store.contacts.all() if "latitude" in c["location"]]
    return api.list_reply(call, "contacts", [api.store.location_record(c) for c in located])


def contact_notes_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    contact = _contact(api, call)
    note = api.add_note(call.body, company_id=None, contact_id=contact["id"])
    return created("Note Added", [{"id": note["id"]}])


def _contact_note(api: Api, call: Call[Caller]) -> Row:
    contact = _contact(api, call)
    note = api.store.notes.find(call.params["noteid"])
    if note is None or note["contactid"] != contact["id"] or not api.note_visible(call.principal, note):
        raise ApiError(404, f"Note {call.params['noteid']} not found for this contact")
    return note


def contact_notes_get(api: Api, call: Call[Caller]) -> Reply:
    note = _contact_note(api, call)
    return api.item_reply("note", api.store.note_record(note, staff_view=api.staff_view(call)))


def contact_notes_delete(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    note = _contact_note(api, call)
    api.store.notes.delete(note["id"])
    return written("Note Deleted", [{"id": note["id"]}])


def _permission_rows(api: Api, contact_id: int) -> list[Row]:
    return [
        {**permission, **{s: api.store.permission(contact_id, permission["id"], s) for s in ACCESS_SETTINGS}}
        for permission in api.store.permissions.all()
    ]


def contact_permissions_list(api: Api, call: Call[Caller]) -> Reply:
    contact = _self_or_staff(api, call)
    return api.list_reply(call, "permissions", _permission_rows(api, contact["id"]))


def contact_permissions_check(api: Api, call: Call[Caller]) -> Reply:
    contact = _self_or_staff(api, call)
    permission = api.store.permissions.get(call.params["permissionid"])
    setting = str(call.params.get("permissionsetting", "view"))
    allowed = api.store.permission(contact["id"], permission["id"], setting)
    record = {**permission, "setting": setting, "allowed": allowed}
    return Reply({"permission": record, "count": 1, "status": SUCCESS})


def _contact_projects(api: Api, contact: Row) -> list[Row]:
    return [p for p in api.store.projects.all() if contact["id"] in p["contactids"]]


def contact_projects_list(api: Api, call: Call[Caller]) -> Reply:
    contact = _contact(api, call)
    return api.list_reply(call, "projects", api.project_records(call, _contact_projects(api, contact)))


def contact_projects_create(api: Api, call: Call[Caller]) -> Reply:
    contact = _contact(api, call)
    company_id = contact["companyid"] if contact["type"] == "client" else None
    project = api.add_project(call, call.body, company_id, contact)
    return created("Project Added", [project_detail(project)])


def _contact_tasks(api: Api, contact: Row) -> list[Row]:
    return [t for t in api.store.tasks.all() if contact["id"] in t["contactids"]]


def contact_summary_get(api: Api, call: Call[Caller]) -> Reply:
    contact = _contact(api, call)
    sections = {
        "projects": api.project_records(call, _contact_projects(api, contact)),
        "tasks": api.task_records(call, _contact_tasks(api, contact)),
    }
    return api.summary_reply(call, sections)


def contact_tags_list(api: Api, call: Call[Caller]) -> Reply:
    contact = _contact(api, call)
    if not call.principal.is_staff and contact["id"] != call.principal.contact_id:
        raise ApiError(403, "Only Staff contacts may view the tags of other contacts")
    return api.list_reply(call, "tags", api.store.tag_rows(contact["tagids"]))


def contact_tags_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_CONTACTS, "edit")
    contact = _contact(api, call)
    ids = api.existing_ids(call.body["tagid"], "tagid", api.store.tags.rows, "Tag")
    api.update_links(contact, "tagids", ids, bool(call.body.get("remove", False)))
    return written("Contact Tags Updated", [contact_detail(contact)])


def contact_tasks_list(api: Api, call: Call[Caller]) -> Reply:
    contact = _contact(api, call)
    return api.list_reply(call, "tasks", api.task_records(call, _contact_tasks(api, contact)))


def contacts_forgot_password(api: Api, call: Call[Caller]) -> Reply:
    wanted = str(call.params["email"]).casefold()
    if not any(str(c["email"]).casefold() == wanted for c in api.store.contacts.all() if c["email"]):
        raise ApiError(404, "No contact has this e-mail address")
    return Reply({"status": SUCCESS, "message": "Password reset e-mail sent"})


def contacts_request_access(api: Api, call: Call[Caller]) -> Reply:
    body = call.body
    store = api.store
    if store.login_in_use(body["email"]) or any(
        c["email"].casefold() == body["email"].casefold() for c in store.contacts.all()
    ):
        raise ApiError(400, f"The e-mail address '{body['email']}' is already in use")
    company = next(
        (c for c in store.companies.all() if c["name"].casefold() == body["companyname"].casefold()), None
    )
    if company is None:
        company = store.insert(store.companies, _pending_company(body["companyname"], body["type"]))
    fields = {key: body[key] for key in ("firstname", "lastname", "email")}
    row, _ = api.prepare_contact(call, fields, company, company["type"], set())
    row["pending"] = True
    contact = store.insert(store.contacts, row)
    return created("Access Requested", [contact_detail(contact)])


def _pending_company(name: str, contact_type: str) -> Row:
    company_type = contact_type if contact_type in ("client", "contractor") else "other"
    return {
        "name": name,
        "code": "",
        "type": company_type,
        "address": {},
        **dict.fromkeys(("phone", "fax", "email", "website", "facebook", "linkedin", "twitter"), ""),
        "tagids": [],
        "apifields": [],
        "pending": True,
    }


def login_get(api: Api, call: Call[Caller]) -> Reply:
    account, contact = api.store.account, api.caller_row(call)
    return Reply(
        {
            "status": SUCCESS,
            "count": 1,
            "apikey": account.api_key,
            "accountname": account.name,
            "accounturl": account.url,
            "companyname": account.name,
            "plan": account.plan,
            "currency": account.currency,
            "userid": contact["id"],
            "username": contact["username"],
            "email": contact["email"],
            "firstname": contact["firstname"],
            "lastname": contact["lastname"],
            "name": full_name(contact),
            "type": contact["type"],
        }
    )


def me_get(api: Api, call: Call[Caller]) -> Reply:
    contact = api.caller_row(call)
    record = api.store.contact_record(contact, staff_view=True)
    record |= {"plan": api.store.account.plan, "divisionid": 1}
    return api.item_reply("contact", record)


def me_update(api: Api, call: Call[Caller]) -> Reply:
    contact = api.caller_row(call)
    contact.update(contact_changes(api, contact, call.body or {}))
    api.store.touch(contact)
    return written("Contact Updated", [contact_detail(contact)])


HANDLERS: dict[str, HandlerFunction] = {
    "contactsCreate": contacts_create,
    "contactGroupsList": contact_groups_list,
    "contactGroupsUpdate": contact_groups_update,
    "contactLocationGet": contact_location_get,
    "contactLocationUpdate": contact_location_update,
    "contactNotesCreate": contact_notes_create,
    "contactNotesGet": contact_notes_get,
    "contactNotesDelete": contact_notes_delete,
    "contactPermissionsList": contact_permissions_list,
    "contactPermissionsCheck": contact_permissions_check,
    "contactProjectsList": contact_projects_list,
    "contactProjectsCreate": contact_projects_create,
    "contactRolesList": contact_roles_list,
    "contactRolesUpdate": contact_roles_update,
    "contactSummaryGet": contact_summary_get,
    "contactTagsList": contact_tags_list,
    "contactTagsUpdate": contact_tags_update,
    "contactTasksList": contact_tasks_list,
    "contactsListClient": _contacts_of_type("client"),
    "contactsListContractor": _contacts_of_type("contractor"),
    "contactsForgotPassword": contacts_forgot_password,
    "contactsLocationsList": contacts_locations_list,
    "contactsRequestAccess": contacts_request_access,
    "contactsListStaff": _contacts_of_type(STAFF),
    "loginGet": login_get,
    "meGet": me_get,
    "meUpdate": me_update,
}

KINDS: list[Kind] = [CONTACTS]
