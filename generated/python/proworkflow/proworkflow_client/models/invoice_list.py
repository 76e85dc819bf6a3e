from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.subtotal import Subtotal


T = TypeVar("T", bound="InvoiceList")


@_attrs_define
class InvoiceList:
    """List envelope: the rows sit under `invoices`. With `fields=none` only the totals come back, so the row array may be
    missing.

        Attributes:
            status (Literal['Success']): Always `Success`.
            count (int | Unset): Rows in this answer.
            totalcount (int | Unset): Rows matching the filters in total (paging ignored).
            invoices (list[Invoice] | Unset): The rows; always an array, even for one row.
            total (float | Unset): Sum over all matching rows (money, or minutes for time records).
            subtotals (list[Subtotal] | Unset): Grouped sums, present when `subtotals` is used.
    """

    status: Literal["Success"]
    count: int | Unset = UNSET
    totalcount: int | Unset = UNSET
    invoices: list[Invoice] | Unset = UNSET
    total: float | Unset = UNSET
    subtotals: list[Subtotal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        count = self.count

        totalcount = self.totalcount

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        total = self.total

        subtotals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subtotals, Unset):
            subtotals = []
            for subtotals_item_data in self.subtotals:
                subtotals_item = subtotals_item_data.to_dict()
                subtotals.append(subtotals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if totalcount is not UNSET:
            field_dict["totalcount"] = totalcount
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if total is not UNSET:
            field_dict["total"] = total
        if subtotals is not UNSET:
            field_dict["subtotals"] = subtotals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.subtotal import Subtotal  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        count = d.pop("count", UNSET)

        totalcount = d.pop("totalcount", UNSET)

        _invoices = d.pop("invoices", UNSET)
        invoices: list[Invoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = Invoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        total = d.pop("total", UNSET)

        _subtotals = d.pop("subtotals", UNSET)
        subtotals: list[Subtotal] | Unset = UNSET
        if _subtotals is not UNSET:
            subtotals = []
            for subtotals_item_data in _subtotals:
                subtotals_item = Subtotal.from_dict(subtotals_item_data)

                subtotals.append(subtotals_item)

        invoice_list = cls(
            status=status,
            count=count,
            totalcount=totalcount,
            invoices=invoices,
            total=total,
            subtotals=subtotals,
        )

        invoice_list.additional_properties = d
        return invoice_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
