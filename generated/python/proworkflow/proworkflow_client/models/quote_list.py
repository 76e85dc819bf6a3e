from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote import Quote
    from ..models.subtotal import Subtotal


T = TypeVar("T", bound="QuoteList")


@_attrs_define
class QuoteList:
    """List envelope: the rows sit under `quotes`. With `fields=none` only the totals come back, so the row array may be
    missing.

        Attributes:
            status (Literal['Success']): Always `Success`.
            count (int | Unset): Rows in this answer.
            totalcount (int | Unset): Rows matching the filters in total (paging ignored).
            quotes (list[Quote] | Unset): The rows; always an array, even for one row.
            total (float | Unset): Sum over all matching rows (money, or minutes for time records).
            subtotals (list[Subtotal] | Unset): Grouped sums, present when `subtotals` is used.
    """

    status: Literal["Success"]
    count: int | Unset = UNSET
    totalcount: int | Unset = UNSET
    quotes: list[Quote] | Unset = UNSET
    total: float | Unset = UNSET
    subtotals: list[Subtotal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        count = self.count

        totalcount = self.totalcount

        quotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = []
            for quotes_item_data in self.quotes:
                quotes_item = quotes_item_data.to_dict()
                quotes.append(quotes_item)

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
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if total is not UNSET:
            field_dict["total"] = total
        if subtotals is not UNSET:
            field_dict["subtotals"] = subtotals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote import Quote  # noqa: PLC0415
        from ..models.subtotal import Subtotal  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        count = d.pop("count", UNSET)

        totalcount = d.pop("totalcount", UNSET)

        _quotes = d.pop("quotes", UNSET)
        quotes: list[Quote] | Unset = UNSET
        if _quotes is not UNSET:
            quotes = []
            for quotes_item_data in _quotes:
                quotes_item = Quote.from_dict(quotes_item_data)

                quotes.append(quotes_item)

        total = d.pop("total", UNSET)

        _subtotals = d.pop("subtotals", UNSET)
        subtotals: list[Subtotal] | Unset = UNSET
        if _subtotals is not UNSET:
            subtotals = []
            for subtotals_item_data in _subtotals:
                subtotals_item = Subtotal.from_dict(subtotals_item_data)

                subtotals.append(subtotals_item)

        quote_list = cls(
            status=status,
            count=count,
            totalcount=totalcount,
            quotes=quotes,
            total=total,
            subtotals=subtotals,
        )

        quote_list.additional_properties = d
        return quote_list

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
