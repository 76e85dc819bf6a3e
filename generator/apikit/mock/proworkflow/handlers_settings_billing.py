"""Invoice and quote settings: autonumbering, hourly and staff rates, templates, quote defaults.

- Autonumbering numbers new invoices and quotes. An item whose ``number`` is ``auto`` takes the
  first scheme's (lowest id) prefix and counter, zero-padded to its digits (``INV-0004``), and the
  counter moves on. A number some item already has (one typed in by hand) is skipped, so the
  ``nextnumber`` a scheme shows is always the number the next item gets. Without a scheme ``auto``
  cannot be served and the create is refused.
- The hourly and staff rates offered on invoices and quotes are the account's service and staff
  rates (:mod:`.handlers_settings`): the same rows, listed under ``hourlyrates`` and ``staffrates``.
  A line keeps the rate it is sent with; the vendor's line calls require one.
- Templates can only be read: no invoice or quote call takes a template.
- The quote settings are the defaults a new quote takes where its create call is silent (its type,
  whether it is taxable, its tax rate); :mod:`.handlers_quotes` reads them from here.
- Only staff contacts may read any of these; clients and contractors get 403.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow import demo, handlers_settings
from apikit.mock.proworkflow.crud import Kind, staff_only
from apikit.mock.proworkflow.handlers import Api, Caller, HandlerFunction
from apikit.mock.proworkflow.settings_names import named_record
from apikit.mock.proworkflow.store import Store
from apikit.mock.table import Row, Table

QUOTE_SETTINGS = demo.QUOTE_SETTINGS
"""The defaults of a new quote: ``type``, ``taxable``, ``taxrate``."""


@dataclass(frozen=True)
class Numbering:
    """The autonumbering of one item type: where its schemes and its numbered items are kept."""

    label: str
    """The items in messages: ``invoices`` / ``quotes``."""
    schemes: Callable[[Store], Table]
    numbered: Callable[[Store], Table]

    def scheme(self, store: Store) -> Row:
        """The scheme new items are numbered by: the first one."""
        schemes = self.schemes(store).all()
        if not schemes:
            raise ApiError(400, f"No autonumbering is set up for {self.label}: send a 'number'")
        return schemes[0]

    def upcoming(self, store: Store, scheme: Row) -> int:
        """The counter value the next item gets: the scheme's, past any number already in use."""
        taken = {str(item["number"]) for item in self.numbered(store).all()}
        counter = int(scheme["nextnumber"])
        while formatted(scheme, counter) in taken:
            counter += 1
        return counter

    def take(self, store: Store) -> str:
        """The number of a new item numbered ``auto``; the scheme's counter moves past it."""
        scheme = self.scheme(store)
        counter = self.upcoming(store, scheme)
        scheme["nextnumber"] = counter + 1
        store.touch(scheme)
        return formatted(scheme, counter)

    def record(self, api: Api, call: Call[Caller], scheme: Row) -> Row:
        return {
            "id": scheme["id"],
            "name": scheme["name"],
            "prefix": scheme["prefix"],
            "digits": scheme["digits"],
            "nextnumber": self.upcoming(api.store, scheme),
        }


def formatted(scheme: Row, counter: int) -> str:
    return f"{scheme['prefix']}{counter:0{int(scheme['digits'])}d}"


INVOICE_NUMBERING = Numbering(
    "invoices", lambda store: store.invoice_autonumbering, lambda store: store.invoices
)
QUOTE_NUMBERING = Numbering("quotes", lambda store: store.quote_autonumbering, lambda store: store.quotes)


def quote_settings_get(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    return api.item_reply("settings", QUOTE_SETTINGS)


def _numbering_kind(resource: str, numbering: Numbering) -> Kind:
    return Kind(
        resource=resource,
        label="Autonumbering",
        singular="autonumbering",
        plural="autonumbering",
        table=numbering.schemes,
        show=numbering.record,
        may_read=staff_only,
    )


def _template_kind(resource: str, label: str, table: Callable[[Store], Table]) -> Kind:
    return Kind(
        resource=resource,
        label=label,
        singular="template",
        plural="templates",
        table=table,
        show=named_record,
        may_read=staff_only,
    )


def _service_rates() -> Kind:
    return next(kind for kind in handlers_settings.KINDS if kind.resource == "servicerates")


HANDLERS: dict[str, HandlerFunction] = {"settingsQuotesGet": quote_settings_get}

# The staff rates of invoices and quotes are the account's (resource ``staffrates`` in the spec),
# served by handlers_settings' kind; the hourly rates are its service rates under another key.
KINDS = (
    _numbering_kind("invoiceautonumbering", INVOICE_NUMBERING),
    _numbering_kind("quoteautonumbering", QUOTE_NUMBERING),
    replace(
        _service_rates(),
        resource="hourlyrates",
        label="Hourly rate",
        singular="hourlyrate",
        plural="hourlyrates",
    ),
    _template_kind("invoicetemplates", "Invoice template", lambda store: store.invoice_templates),
    _template_kind("quotetemplates", "Quote template", lambda store: store.quote_templates),
)
