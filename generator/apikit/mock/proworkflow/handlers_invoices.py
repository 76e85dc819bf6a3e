"""Invoices and their lines.

- Totals are always computed from the current lines: a line is worth quantity x rate (line items
  and expenses) or minutes / 60 x hourly rate (task and staff rates); headings are worth nothing.
  ``subtotal`` is the lines less any discount (``discountvalue``: an amount or ``"10%"``),
  ``taxtotal`` the taxable lines' share at ``taxrate`` percent when the invoice is taxable, and
  ``grandtotal`` their sum. Adding, changing or deleting a line changes the invoice's totals.
- Lines follow :mod:`.lines` (what each type needs, ``displayorder``). Lines sent with
  ``PUT /invoices/{id}`` are added to the invoice (the line calls change or remove existing ones).
- ``number`` ``auto`` (or none) takes the next number of the invoice autonumbering, which then
  moves on (:data:`.handlers_settings_billing.INVOICE_NUMBERING`). ``invoiceddate`` defaults to
  today and ``duedate`` to 30 days after it. Status is ``paid`` exactly when a paid date is set:
  mark-as-paid sets it (today unless ``paiddate`` is sent), mark-as-unpaid clears it.
- ``/invoices/overdue`` lists unpaid invoices whose due date is before today (the mock's clock).
- Every invoice call needs the caller's "Invoices" permission (view to read; add, edit, delete to
  change, staff only); clients read only their own company's invoices.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.crud import Kind, Parent, app_permission, id_and_name
from apikit.mock.proworkflow.handlers import (
    PERMISSION_INVOICES,
    Api,
    Caller,
    HandlerFunction,
    MissingReference,
    created,
    one_or_many,
    resolve_date,
    written,
)
from apikit.mock.proworkflow.handlers_settings_billing import INVOICE_NUMBERING
from apikit.mock.proworkflow.lines import (
    LineOwner,
    add_lines,
    change_line,
    check_lines,
    owned_line,
)
from apikit.mock.proworkflow.store import ADDRESS_KEYS, TIMESTAMP_FORMAT, format_timestamp
from apikit.mock.table import Row

DEFAULT_TERM_DAYS = "+30d"
INVOICE_LINES = LineOwner("invoice", "invoiceid", lambda store: store.lines)
INVOICE_DATES = ("invoiceddate", "duedate", "paiddate")
INVOICE_PLAIN_KEYS = ("title", "description", "discountdescription", "terms", "purchaseordernumber", "number",
                      "projectid", "taxable", "taxrate", "discountvalue", "showcostbreakdown")  # fmt: skip
"""What ``PUT /invoices/{id}`` stores as sent (dates, status, address, API fields and lines apart)."""


def _invoice(api: Api, call: Call[Caller]) -> Row:
    invoice_id = call.params["invoiceid"]
    invoice = api.store.invoices.find(invoice_id)
    if invoice is None or not api.billing_visible(call.principal, invoice):
        raise ApiError(404, f"Invoice {invoice_id} not found")
    return invoice


def _detail(invoice: Row) -> Row:
    return {"id": invoice["id"], "number": invoice["number"], "title": invoice["title"]}


def invoices_list_overdue(api: Api, call: Call[Caller]) -> Reply:
    overdue = [i for i in api.store.invoices.all() if api.store.is_overdue(i)]
    return api.list_reply(call, "invoices", api.invoice_records(call, overdue))


def _invoice_parties(api: Api, fields: Mapping[str, Any]) -> tuple[Row, int | None]:
    contact = api.store.contacts.find(fields["contactid"])
    if contact is None:
        raise MissingReference(f"'contactid': contact {fields['contactid']} not found")
    company_id = fields.get("companyid", contact["companyid"])
    if api.store.companies.find(company_id) is None:
        raise MissingReference(f"'companyid': company {company_id} not found")
    project_id = fields.get("projectid")
    if project_id is not None and api.store.projects.find(project_id) is None:
        raise MissingReference(f"'projectid': project {project_id} not found")
    return contact, company_id


def invoices_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_INVOICES, "add")
    fields = call.body
    contact, company_id = _invoice_parties(api, fields)
    invoiced = api.resolve_optional_date(fields.get("invoiceddate"), api.store.today_text())
    due_default = format_timestamp(resolve_date(DEFAULT_TERM_DAYS, _as_datetime(invoiced)))
    number = str(fields.get("number", "auto"))
    row: Row = {
        "title": fields.get("title", ""),
        "companyid": company_id,
        "projectid": fields.get("projectid"),
        "contactid": contact["id"],
        "invoicedbyid": call.principal.contact_id,
        "description": fields.get("description", ""),
        "invoiceddate": invoiced,
        "duedate": api.resolve_optional_date(fields.get("duedate"), due_default),
        "paiddate": "",
        "taxable": bool(fields.get("taxable", True)),
        "taxrate": float(fields.get("taxrate", 0.0)),
        "purchaseordernumber": "",
        "showcostbreakdown": bool(fields.get("showcostbreakdown", True)),
        "discountvalue": fields.get("discountvalue"),
        "address": {key: fields[key] for key in ADDRESS_KEYS if key in fields},
        "apifields": [dict(item) for item in fields.get("apifields", [])],
    }
    check_lines(list(fields["lines"]))
    # Numbered last: a create refused for its other fields leaves the counter where it was.
    row["number"] = INVOICE_NUMBERING.take(api.store) if number in ("", "auto") else number
    invoice = api.store.insert(api.store.invoices, row)
    add_lines(api, INVOICE_LINES, invoice, list(fields["lines"]))
    return created("Invoice Added", [_detail(invoice)])


def _as_datetime(timestamp: str) -> datetime:
    return datetime.strptime(timestamp, TIMESTAMP_FORMAT)


def _change_invoice(api: Api, call: Call[Caller], invoice: Row, body: Mapping[str, Any]) -> Row:
    """A partial edit (an empty string clears a date); ``status`` sets or clears the paid date; sent
    lines are added."""
    fields = dict(body)
    if "projectid" in fields and api.store.projects.find(fields["projectid"]) is None:
        raise MissingReference(f"'projectid': project {fields['projectid']} not found")
    status = fields.pop("status", None)
    if status not in (None, "paid", "unpaid"):
        raise ApiError(400, "'status' must be paid or unpaid")
    lines = fields.pop("lines", None)
    changes: Row = {key: api.resolve_optional_date(fields.pop(key)) for key in INVOICE_DATES if key in fields}
    address = dict(invoice.get("address", {}))
    for key, value in fields.items():
        if key in ADDRESS_KEYS:
            address[key] = value
            changes["address"] = address
        elif key == "apifields":
            changes["apifields"] = [dict(item) for item in value]
        elif key in INVOICE_PLAIN_KEYS:
            changes[key] = value
    if status == "paid" and not changes.get("paiddate", invoice["paiddate"]):
        changes["paiddate"] = api.store.today_text()
    elif status == "unpaid":
        changes["paiddate"] = ""
    if lines is not None:
        add_lines(api, INVOICE_LINES, invoice, list(lines))
    return changes


def _delete_lines(api: Api, call: Call[Caller], invoice: Row) -> None:
    for line in api.store.lines.where(invoiceid=invoice["id"]):
        api.store.lines.delete(line["id"])


INVOICES = Kind(
    resource="invoices",
    label="Invoice",
    singular="invoice",
    plural="invoices",
    table=lambda store: store.invoices,
    show=lambda api, call, invoice: api.store.invoice_record(invoice, staff_view=api.staff_view(call)),
    visible=lambda api, caller, invoice: api.billing_visible(caller, invoice),
    # The create under a project is this module's create with the project in the body (handlers_projects).
    parents={
        "companyid": Parent("companyid", Api.visible_company),
        "projectid": Parent("projectid", Api.visible_project),
    },
    change=_change_invoice,
    may_write=app_permission(PERMISSION_INVOICES),
    detail=_detail,
    on_delete=_delete_lines,
)


def invoice_lines_list(api: Api, call: Call[Caller]) -> Reply:
    invoice = _invoice(api, call)
    return api.list_reply(
        call, "lines", [api.store.line_record(line) for line in api.store.invoice_lines(invoice["id"])]
    )


def invoice_lines_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_INVOICES, "edit")
    invoice = _invoice(api, call)
    items, batch = one_or_many(call.body)
    stored = add_lines(api, INVOICE_LINES, invoice, items)
    return created("Line/s Added" if batch else "Line Added", [id_and_name(line) for line in stored])


def _line(api: Api, call: Call[Caller], invoice: Row) -> Row:
    return owned_line(api, call, INVOICE_LINES, invoice)


def invoice_lines_get(api: Api, call: Call[Caller]) -> Reply:
    invoice = _invoice(api, call)
    return api.item_reply("line", api.store.line_record(_line(api, call, invoice)))


def invoice_lines_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_INVOICES, "edit")
    invoice = _invoice(api, call)
    line = _line(api, call, invoice)
    change_line(api, invoice, line, call.body or {})
    return written("Line Updated", [id_and_name(line)])


def invoice_lines_delete(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_INVOICES, "edit")
    invoice = _invoice(api, call)
    line = _line(api, call, invoice)
    api.store.lines.delete(line["id"])
    api.store.touch(invoice)
    return written("Line Deleted", [id_and_name(line)])


def invoices_mark_as_paid(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_INVOICES, "edit")
    invoice = _invoice(api, call)
    invoice["paiddate"] = api.resolve_optional_date((call.body or {}).get("paiddate"), api.store.today_text())
    api.store.touch(invoice)
    return written("Invoice Marked as Paid", [_detail(invoice)])


def invoices_mark_as_unpaid(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff_permission(call, PERMISSION_INVOICES, "edit")
    invoice = _invoice(api, call)
    invoice["paiddate"] = ""
    api.store.touch(invoice)
    return written("Invoice Marked as Unpaid", [_detail(invoice)])


HANDLERS: dict[str, HandlerFunction] = {
    "invoicesCreate": invoices_create,
    "invoiceLinesList": invoice_lines_list,
    "invoiceLinesCreate": invoice_lines_create,
    "invoiceLinesGet": invoice_lines_get,
    "invoiceLinesUpdate": invoice_lines_update,
    "invoiceLinesDelete": invoice_lines_delete,
    "invoicesMarkAsPaid": invoices_mark_as_paid,
    "invoicesMarkAsUnpaid": invoices_mark_as_unpaid,
    "invoicesListOverdue": invoices_list_overdue,
}

KINDS: list[Kind] = [INVOICES]
