from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workload_list_mode import WorkloadListMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workload_contact import WorkloadContact


T = TypeVar("T", bound="WorkloadList")


@_attrs_define
class WorkloadList:
    """Minutes per staff contact and working day (shape inferred, see the operation's x-evidence).

    Attributes:
        status (Literal['Success']): Always `Success`.
        workload (list[WorkloadContact]): One row per staff contact.
        count (int | Unset): Contacts in this answer.
        mode (WorkloadListMode | Unset): What the minutes mean.
    """

    status: Literal["Success"]
    workload: list[WorkloadContact]
    count: int | Unset = UNSET
    mode: WorkloadListMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        workload = []
        for workload_item_data in self.workload:
            workload_item = workload_item_data.to_dict()
            workload.append(workload_item)

        count = self.count

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "workload": workload,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workload_contact import WorkloadContact  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        workload = []
        _workload = d.pop("workload")
        for workload_item_data in _workload:
            workload_item = WorkloadContact.from_dict(workload_item_data)

            workload.append(workload_item)

        count = d.pop("count", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: WorkloadListMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = WorkloadListMode(_mode)

        workload_list = cls(
            status=status,
            workload=workload,
            count=count,
            mode=mode,
        )

        workload_list.additional_properties = d
        return workload_list

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
