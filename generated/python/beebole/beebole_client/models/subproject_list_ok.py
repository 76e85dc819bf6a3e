from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subproject import Subproject


T = TypeVar("T", bound="SubprojectListOk")


@_attrs_define
class SubprojectListOk:
    """A list of subprojects.

    Attributes:
        status (Literal['ok']): Marks a successful answer; failures carry `error` (see ErrorEnvelope).
        subprojects (list[Subproject]):
    """

    status: Literal["ok"]
    subprojects: list[Subproject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        subprojects = []
        for subprojects_item_data in self.subprojects:
            subprojects_item = subprojects_item_data.to_dict()
            subprojects.append(subprojects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "subprojects": subprojects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subproject import Subproject  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        subprojects = []
        _subprojects = d.pop("subprojects")
        for subprojects_item_data in _subprojects:
            subprojects_item = Subproject.from_dict(subprojects_item_data)

            subprojects.append(subprojects_item)

        subproject_list_ok = cls(
            status=status,
            subprojects=subprojects,
        )

        subproject_list_ok.additional_properties = d
        return subproject_list_ok

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
