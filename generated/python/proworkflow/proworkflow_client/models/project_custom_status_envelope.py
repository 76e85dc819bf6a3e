from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_custom_status import ProjectCustomStatus


T = TypeVar("T", bound="ProjectCustomStatusEnvelope")


@_attrs_define
class ProjectCustomStatusEnvelope:
    """Single-item envelope: the item sits under `customstatus`.

    Attributes:
        customstatus (ProjectCustomStatus): A custom project status (Advanced plan).
        status (Literal['Success']): Always `Success`.
        count (int | Unset): Always 1.
    """

    customstatus: ProjectCustomStatus
    status: Literal["Success"]
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customstatus = self.customstatus.to_dict()

        status = self.status

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customstatus": customstatus,
                "status": status,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_custom_status import ProjectCustomStatus  # noqa: PLC0415

        d = dict(src_dict)
        customstatus = ProjectCustomStatus.from_dict(d.pop("customstatus"))

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        count = d.pop("count", UNSET)

        project_custom_status_envelope = cls(
            customstatus=customstatus,
            status=status,
            count=count,
        )

        project_custom_status_envelope.additional_properties = d
        return project_custom_status_envelope

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
