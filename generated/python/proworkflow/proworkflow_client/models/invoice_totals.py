from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceTotals")


@_attrs_define
class InvoiceTotals:
    """Money totals (key names inferred from the separate subtotal/taxtotal/grandtotal fields).

    Attributes:
        subtotal (float | Unset): Total before tax.
        taxtotal (float | Unset): Tax.
        grandtotal (float | Unset): Total with tax.
    """

    subtotal: float | Unset = UNSET
    taxtotal: float | Unset = UNSET
    grandtotal: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtotal = self.subtotal

        taxtotal = self.taxtotal

        grandtotal = self.grandtotal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if taxtotal is not UNSET:
            field_dict["taxtotal"] = taxtotal
        if grandtotal is not UNSET:
            field_dict["grandtotal"] = grandtotal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtotal = d.pop("subtotal", UNSET)

        taxtotal = d.pop("taxtotal", UNSET)

        grandtotal = d.pop("grandtotal", UNSET)

        invoice_totals = cls(
            subtotal=subtotal,
            taxtotal=taxtotal,
            grandtotal=grandtotal,
        )

        invoice_totals.additional_properties = d
        return invoice_totals

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
