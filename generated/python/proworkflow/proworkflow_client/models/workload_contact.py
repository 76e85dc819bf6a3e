from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workload_day import WorkloadDay


T = TypeVar("T", bound="WorkloadContact")


@_attrs_define
class WorkloadContact:
    """The workload (or availability) of one staff contact.

    Attributes:
        contactid (int): Staff contact id.
        days (list[WorkloadDay]): Working days of the range, in order.
        contactname (str | Unset): Contact name.
        total (int | Unset): Sum of the days' minutes.
    """

    contactid: int
    days: list[WorkloadDay]
    contactname: str | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contactid = self.contactid

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        contactname = self.contactname

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactid": contactid,
                "days": days,
            }
        )
        if contactname is not UNSET:
            field_dict["contactname"] = contactname
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workload_day import WorkloadDay  # noqa: PLC0415

        d = dict(src_dict)
        contactid = d.pop("contactid")

        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = WorkloadDay.from_dict(days_item_data)

            days.append(days_item)

        contactname = d.pop("contactname", UNSET)

        total = d.pop("total", UNSET)

        workload_contact = cls(
            contactid=contactid,
            days=days,
            contactname=contactname,
            total=total,
        )

        workload_contact.additional_properties = d
        return workload_contact

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
