"""Quotes and their lines: create, edit, approve, decline, back to pending.

- A quote is for a contact (``contactid``) and, unless ``companyid`` says otherwise, that contact's
  company (a quote made under a project: the project's company). ``number`` ``auto`` (or none)
  takes the next number of the quote autonumbering, which then moves on
  (:data:`.handlers_settings_billing.QUOTE_NUMBERING`); ``quoteddate`` defaults to today; ``type``
  (``quote`` or ``estimate``), ``taxable`` and ``taxrate`` default to the quote settings. Totals
  always come from the current lines (:mod:`.lines`; no ``expense`` lines on quotes): subtotal,
  plus tax at ``taxrate`` percent on the taxable lines when the quote is taxable.
- Status: ``pending`` -> approve -> ``approved`` (``approveddate`` today unless sent, relative dates
  allowed; ``projectid`` attaches the quote to that project), ``pending`` -> decline ->
  ``declined``; mark-as-pending takes an approved or declined quote back (and clears the approval
  date). Any other move is a 400 naming the quote's status. ``PUT /quotes/{id}`` never changes the
  status; lines sent with it are added.
- Every quote call needs the caller's "Invoices" permission (view to read; add, edit, delete to
  change, staff only); clients read their own company's quotes only. Deleting a quote deletes its
  lines. ``GET /quotes/lines`` lists the lines of every quote the caller may see.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    written,
)
from apikit.mock.proworkflow.handlers_settings_billing import QUOTE_NUMBERING, QUOTE_SETTINGS
from apikit.mock.proworkflow.lines import (
    LineOwner,
    add_lines,
    change_line,
    check_lines,
    owned_line,
)
from apikit.mock.proworkflow.store import ADDRESS_KEYS
from apikit.mock.table import Row

QUOTE_LINES = LineOwner("quote", "quoteid", lambda store: store.quote_lines)
PENDING, APPROVED, DECLINED = "pending", "approved", "declined"
# What PUT /quotes/{id} may set as it is (dates, links, address and lines are handled apart).
PLAIN_KEYS = ("title", "description", "number", "type", "taxable", "taxrate")


_may_write = app_permission(PERMISSION_INVOICES)


def _quote(api: Api, call: Call[Caller]) -> Row:
    quote_id = call.params["quoteid"]
    quote = api.store.quotes.find(quote_id)
    if quote is None or not api.billing_visible(call.principal, quote):
        raise ApiError(404, f"Quote {quote_id} not found")
    return quote


def quote_detail(quote: Row) -> Row:
    return {"id": quote["id"], "number": quote["number"], "title": quote["title"]}


def _show(api: Api, call: Call[Caller], quote: Row) -> Row:
    return api.store.quote_record(quote, staff_view=api.staff_view(call))


def _existing_project(api: Api, project_id: Any) -> int:
    if api.store.projects.find(project_id) is None:
        raise MissingReference(f"'projectid': project {project_id} not found")
    return int(project_id)


def _contact(api: Api, contact_id: Any) -> Row:
    contact = api.store.contacts.find(contact_id)
    if contact is None:
        raise MissingReference(f"'contactid': contact {contact_id} not found")
    return contact


def _company_id(api: Api, fields: Mapping[str, Any], fallback: int | None) -> int | None:
    company_id = fields.get("companyid", fallback)
    if company_id is None:
        return None
    if api.store.companies.find(company_id) is None:
        raise MissingReference(f"'companyid': company {company_id} not found")
    return int(company_id)


def _add_quote(api: Api, call: Call[Caller], fields: Mapping[str, Any], project: Row | None) -> Reply:
    _may_write(api, call)
    contact = _contact(api, fields["contactid"])
    project_id = project["id"] if project is not None else fields.get("projectid")
    if project is None and project_id is not None:
        _existing_project(api, project_id)
    fallback = contact["companyid"] if project is None else project["companyid"]
    number = str(fields.get("number", "auto"))
    row: Row = {
        "title": fields["title"],
        "type": fields.get("type", QUOTE_SETTINGS["type"]),
        "description": fields.get("description", ""),
        "companyid": _company_id(api, fields, fallback),
        "projectid": project_id,
        "contactid": contact["id"],
        "quotedbyid": call.principal.contact_id,
        "status": PENDING,
        "quoteddate": api.resolve_optional_date(fields.get("quoteddate"), api.store.today_text()),
        "validtodate": api.resolve_optional_date(fields.get("validtodate")),
        "approveddate": "",
        "taxable": bool(fields.get("taxable", QUOTE_SETTINGS["taxable"])),
        "taxrate": float(fields.get("taxrate", QUOTE_SETTINGS["taxrate"])),
        "address": {key: fields[key] for key in ADDRESS_KEYS if key in fields},
        "apifields": [dict(item) for item in fields.get("apifields", [])],
    }
    items = list(fields["lines"])
    check_lines(items)  # before the quote is stored: a bad line leaves nothing behind
    # Numbered last: a create refused for its other fields leaves the counter where it was.
    row["number"] = QUOTE_NUMBERING.take(api.store) if number == "auto" else number
    quote = api.store.insert(api.store.quotes, row)
    add_lines(api, QUOTE_LINES, quote, items)
    return created("Quote Added", [quote_detail(quote)])


def quotes_create(api: Api, call: Call[Caller]) -> Reply:
    return _add_quote(api, call, call.body, None)


def project_quotes_create(api: Api, call: Call[Caller]) -> Reply:
    project = api.visible_project(call, call.params["projectid"])
    return _add_quote(api, call, call.body, project)


def _change(api: Api, call: Call[Caller], quote: Row, body: Mapping[str, Any]) -> Row:
    """A partial edit (an empty string clears a date or the project); sent lines are added."""
    fields = dict(body)
    changes: Row = {key: fields[key] for key in PLAIN_KEYS if key in fields}
    if "title" in changes and not str(changes["title"]).strip():
        raise ApiError(400, "'title' cannot be empty")
    if "projectid" in fields:
        changes["projectid"] = (
            None if fields["projectid"] == "" else _existing_project(api, fields["projectid"])
        )
    if "quoteddate" in fields:
        changes["quoteddate"] = api.resolve_date(str(fields["quoteddate"]))
    if "validtodate" in fields:
        changes["validtodate"] = api.resolve_optional_date(fields["validtodate"])
    if "apifields" in fields:
        changes["apifields"] = [dict(item) for item in fields["apifields"]]
    if any(key in fields for key in ADDRESS_KEYS):
        changes["address"] = {**quote["address"], **{k: fields[k] for k in ADDRESS_KEYS if k in fields}}
    if "lines" in fields:
        add_lines(api, QUOTE_LINES, quote, list(fields["lines"]))
    if changes.get("number") == "auto":  # last, so an edit refused for another field takes no number
        changes["number"] = QUOTE_NUMBERING.take(api.store)
    return changes


def _on_delete(api: Api, call: Call[Caller], quote: Row) -> None:
    for line in QUOTE_LINES.lines(api.store, quote["id"]):
        api.store.quote_lines.delete(line["id"])


QUOTES = Kind(
    resource="quotes",
    label="Quote",
    singular="quote",
    plural="quotes",
    table=lambda store: store.quotes,
    show=_show,
    visible=lambda api, caller, quote: api.billing_visible(caller, quote),
    parents={
        "projectid": Parent("projectid", Api.visible_project),
        "companyid": Parent("companyid", Api.visible_company),
    },
    change=_change,
    may_write=_may_write,
    detail=quote_detail,
    on_delete=_on_delete,
)


def _movable(api: Api, call: Call[Caller], allowed_from: tuple[str, ...], to: str) -> Row:
    """The quote the path names, if the caller may change it and its status allows the move."""
    _may_write(api, call)
    quote = _quote(api, call)
    if quote["status"] not in allowed_from:
        raise ApiError(400, f"Quote {quote['id']} is {quote['status']}; it cannot be marked as {to}")
    return quote


def quotes_approve(api: Api, call: Call[Caller]) -> Reply:
    quote = _movable(api, call, (PENDING,), APPROVED)
    body = call.body or {}
    if "projectid" in body:
        quote["projectid"] = _existing_project(api, body["projectid"])
    quote["approveddate"] = api.resolve_optional_date(body.get("approveddate"), api.store.today_text())
    quote["status"] = APPROVED
    api.store.touch(quote)
    return written("Quote Approved", [quote_detail(quote)])


def quotes_decline(api: Api, call: Call[Caller]) -> Reply:
    quote = _movable(api, call, (PENDING,), DECLINED)
    quote["status"] = DECLINED
    api.store.touch(quote)
    return written("Quote Declined", [quote_detail(quote)])


def quotes_mark_as_pending(api: Api, call: Call[Caller]) -> Reply:
    quote = _movable(api, call, (APPROVED, DECLINED), PENDING)
    quote["status"] = PENDING
    quote["approveddate"] = ""
    api.store.touch(quote)
    return written("Quote Marked as Pending", [quote_detail(quote)])


def quote_lines_list(api: Api, call: Call[Caller]) -> Reply:
    quote = _quote(api, call)
    lines = QUOTE_LINES.lines(api.store, quote["id"])
    return api.list_reply(call, "lines", [api.store.quote_line_record(line) for line in lines])


def quote_lines_list_all(api: Api, call: Call[Caller]) -> Reply:
    caller = call.principal
    visible = {q["id"] for q in api.store.quotes.all() if api.billing_visible(caller, q)}
    lines = [line for line in api.store.quote_lines.all() if line["quoteid"] in visible]
    return api.list_reply(call, "lines", [api.store.quote_line_record(line) for line in lines])


def quote_lines_create(api: Api, call: Call[Caller]) -> Reply:
    _may_write(api, call)
    quote = _quote(api, call)
    items, batch = one_or_many(call.body)
    stored = add_lines(api, QUOTE_LINES, quote, items)
    return created("Line/s Added" if batch else "Line Added", [id_and_name(line) for line in stored])


def quote_lines_get(api: Api, call: Call[Caller]) -> Reply:
    quote = _quote(api, call)
    line = owned_line(api, call, QUOTE_LINES, quote)
    return api.item_reply("line", api.store.quote_line_record(line))


def quote_lines_update(api: Api, call: Call[Caller]) -> Reply:
    _may_write(api, call)
    quote = _quote(api, call)
    line = owned_line(api, call, QUOTE_LINES, quote)
    change_line(api, quote, line, call.body or {})
    return written("Line Updated", [id_and_name(line)])


def quote_lines_delete(api: Api, call: Call[Caller]) -> Reply:
    _may_write(api, call)
    quote = _quote(api, call)
    line = owned_line(api, call, QUOTE_LINES, quote)
    api.store.quote_lines.delete(line["id"])
    api.store.touch(quote)
    return written("Line Deleted", [id_and_name(line)])


HANDLERS: dict[str, HandlerFunction] = {
    "quotesCreate": quotes_create,
    "projectQuotesCreate": project_quotes_create,
    "quotesApprove": quotes_approve,
    "quotesDecline": quotes_decline,
    "quotesMarkAsPending": quotes_mark_as_pending,
    "quoteLinesList": quote_lines_list,
    "quoteLinesListAll": quote_lines_list_all,
    "quoteLinesCreate": quote_lines_create,
    "quoteLinesGet": quote_lines_get,
    "quoteLinesUpdate": quote_lines_update,
    "quoteLinesDelete": quote_lines_delete,
}
KINDS: list[Kind] = [QUOTES]
