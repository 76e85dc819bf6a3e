"""Account settings: the account itself, API fields, note categories, fixed cost items and rates.

- Only staff contacts may read or change the settings; clients and contractors get 403. Whether the
  service asks for an administrator instead is not known (an open question of the spec); the mock
  has no administrator flag, so every staff contact counts.
- The account's settings, licence, plan and look are one record each, under ``settings``. The look
  and feel is what a login page shows before anyone signs in, so it needs the API key alone (see
  :data:`apikit.mock.proworkflow.behaviour.KEY_ONLY_OPERATIONS`).
- An API field belongs to one item type; its name is unique within the type (case-insensitive) and
  its type never changes. Items hold their values as ``apifields`` ``[{id, value}]``; they show each
  value with the field's current name, a private field's values to staff only
  (:meth:`.store.Store.api_field_values`). Deleting a field deletes its values on every item.
- A note category that notes are filed under cannot be deleted (every general note needs one).
- Fixed cost items can be listed and added only. Service and staff rates are read-only: they are the
  hourly rates new ``taskrate`` and ``staffrate`` lines start from; a staff rate is listed while its
  contact exists, under the contact's current name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow import demo
from apikit.mock.proworkflow.crud import Kind, id_and_name, staff_only
from apikit.mock.proworkflow.handlers import Api, Caller, HandlerFunction
from apikit.mock.proworkflow.settings_names import (
    named_record,
    setting_name,
    unique_name_writes,
)
from apikit.mock.proworkflow.store import STAFF, full_name
from apikit.mock.table import Row

# settings/account


def account_get(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    account = api.store.account
    record = {
        "name": account.name,
        "accounturl": account.url,
        "currency": account.currency,
        **demo.ACCOUNT_SETTINGS,
    }
    return api.item_reply("settings", record)


def license_get(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    used = len([c for c in api.store.contacts.all() if c["type"] == STAFF and c["allowlogin"]])
    record = {
        "stafflicenses": demo.STAFF_LICENSES,
        "staffused": used,
        "stafffree": max(demo.STAFF_LICENSES - used, 0),
    }
    return api.item_reply("settings", record)


def looknfeel_get(api: Api, call: Call[Caller]) -> Reply:
    return api.item_reply("settings", {"name": api.store.account.name, **demo.LOOK_AND_FEEL})


def plan_get(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    return api.item_reply("settings", {"plan": api.store.account.plan, "billingcycle": demo.BILLING_CYCLE})


# settings/apifields


def _field_record(api: Api, call: Call[Caller], field: Row) -> Row:
    return {key: field[key] for key in ("id", "name", "type", "private")}


def _require_unique_field_name(api: Api, name: str, field_type: str, except_id: int | None = None) -> None:
    for field in api.store.api_fields.where(type=field_type):
        if field["id"] != except_id and field["name"].casefold() == name.casefold():
            raise ApiError(400, f"An API field named '{name}' already exists for {field_type}")


def _new_field(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    name = setting_name(body)
    _require_unique_field_name(api, name, body["type"])
    return {**row, "name": name, "type": body["type"], "private": bool(body.get("private", False))}


def _change_field(api: Api, call: Call[Caller], field: Row, body: Mapping[str, Any]) -> Row:
    changes: Row = {}
    if "name" in body:
        changes["name"] = setting_name(body)
        _require_unique_field_name(api, changes["name"], field["type"], except_id=field["id"])
    if "private" in body:
        changes["private"] = bool(body["private"])
    return changes


def _drop_field_values(api: Api, call: Call[Caller], field: Row) -> None:
    for table in api.store.tables_with_api_fields(field["type"]):
        for item in table.all():
            kept = [value for value in item.get("apifields", []) if value.get("id") != field["id"]]
            if len(kept) != len(item.get("apifields", [])):
                item["apifields"] = kept
                api.store.touch(item)


# settings/notes/categories


NOTE_CATEGORY_WRITES = unique_name_writes(lambda store: store.note_categories, "note category")


def _refuse_if_filed_under(api: Api, call: Call[Caller], category: Row) -> None:
    filed = api.store.notes.where(categoryid=category["id"])
    if filed:
        count = len(filed)
        message = f"Note category {category['id']} holds {count} note(s): move or delete them first"
        raise ApiError(400, message)


# settings/fixedcostitems


def _fixed_cost_item_record(api: Api, call: Call[Caller], item: Row) -> Row:
    return {key: item[key] for key in ("id", "name", "description", "rate", "taxable")}


def _new_fixed_cost_item(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    return {
        **row,
        "name": setting_name(body),
        "description": str(body.get("description", "")),
        "rate": float(body.get("rate", 0.0)),
        "taxable": bool(body.get("taxable", True)),
    }


# settings/servicerates, settings/staffrates


def _service_rate_record(api: Api, call: Call[Caller], rate: Row) -> Row:
    return {key: rate[key] for key in ("id", "name", "rate")}


def _staff_rate_record(api: Api, call: Call[Caller], rate: Row) -> Row:
    contact = api.store.contacts.get(rate["contactid"])
    return {
        "id": rate["id"],
        "contactid": rate["contactid"],
        "name": full_name(contact),
        "rate": rate["rate"],
    }


def _staff_rate_listed(api: Api, caller: Caller, rate: Row) -> bool:
    return caller.is_staff and api.store.contacts.find(rate["contactid"]) is not None


HANDLERS: dict[str, HandlerFunction] = {
    "settingsAccountGet": account_get,
    "settingsAccountLicenseGet": license_get,
    "settingsAccountLooknfeelGet": looknfeel_get,
    "settingsAccountPlanGet": plan_get,
}

KINDS = (
    Kind(
        resource="apifields",
        label="Field",  # the vendor's "Field Added", not "API Field Added"
        singular="apifield",
        plural="apifields",
        table=lambda store: store.api_fields,
        show=_field_record,
        build=_new_field,
        change=_change_field,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_drop_field_values,
    ),
    Kind(
        resource="notecategories",
        label="Category",
        singular="category",
        plural="categories",
        table=lambda store: store.note_categories,
        show=named_record,
        build=NOTE_CATEGORY_WRITES.build,
        change=NOTE_CATEGORY_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_refuse_if_filed_under,
    ),
    Kind(
        resource="fixedcostitems",
        label="Fixed Cost Item",
        singular="fixedcostitem",
        plural="fixedcostitems",
        table=lambda store: store.fixed_cost_items,
        show=_fixed_cost_item_record,
        build=_new_fixed_cost_item,
        may_read=staff_only,
        detail=id_and_name,
    ),
    Kind(
        resource="servicerates",
        label="Service rate",
        singular="servicerate",
        plural="servicerates",
        table=lambda store: store.service_rates,
        show=_service_rate_record,
        may_read=staff_only,
    ),
    Kind(
        resource="staffrates",
        label="Staff rate",
        singular="staffrate",
        plural="staffrates",
        table=lambda store: store.staff_rates,
        show=_staff_rate_record,
        visible=_staff_rate_listed,
        may_read=staff_only,
    ),
)
