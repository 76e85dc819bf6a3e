from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_tag import ProjectTag


T = TypeVar("T", bound="ProjectTagEnvelope")


@_attrs_define
class ProjectTagEnvelope:
    """Single-item envelope: the item sits under `tag`.

    Attributes:
        tag (ProjectTag): A tag projects can carry.
        status (Literal['Success']): Always `Success`.
        count (int | Unset): Always 1.
    """

    tag: ProjectTag
    status: Literal["Success"]
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag.to_dict()

        status = self.status

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag": tag,
                "status": status,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_tag import ProjectTag  # noqa: PLC0415

        d = dict(src_dict)
        tag = ProjectTag.from_dict(d.pop("tag"))

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        count = d.pop("count", UNSET)

        project_tag_envelope = cls(
            tag=tag,
            status=status,
            count=count,
        )

        project_tag_envelope.additional_properties = d
        return project_tag_envelope

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
