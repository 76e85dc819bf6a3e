from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_autonumbering import ProjectAutonumbering


T = TypeVar("T", bound="ProjectAutonumberingList")


@_attrs_define
class ProjectAutonumberingList:
    """List envelope: the rows sit under `autonumbering`.

    Attributes:
        count (int): Rows in this answer.
        status (Literal['Success']): Always `Success`.
        autonumbering (list[ProjectAutonumbering]): The rows; always an array, even for one row.
        totalcount (int | Unset): Rows matching the filters in total (paging ignored).
    """

    count: int
    status: Literal["Success"]
    autonumbering: list[ProjectAutonumbering]
    totalcount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        status = self.status

        autonumbering = []
        for autonumbering_item_data in self.autonumbering:
            autonumbering_item = autonumbering_item_data.to_dict()
            autonumbering.append(autonumbering_item)

        totalcount = self.totalcount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "status": status,
                "autonumbering": autonumbering,
            }
        )
        if totalcount is not UNSET:
            field_dict["totalcount"] = totalcount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_autonumbering import ProjectAutonumbering  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        autonumbering = []
        _autonumbering = d.pop("autonumbering")
        for autonumbering_item_data in _autonumbering:
            autonumbering_item = ProjectAutonumbering.from_dict(autonumbering_item_data)

            autonumbering.append(autonumbering_item)

        totalcount = d.pop("totalcount", UNSET)

        project_autonumbering_list = cls(
            count=count,
            status=status,
            autonumbering=autonumbering,
            totalcount=totalcount,
        )

        project_autonumbering_list.additional_properties = d
        return project_autonumbering_list

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
