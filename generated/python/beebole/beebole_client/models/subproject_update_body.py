from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.subproject_update import SubprojectUpdate


T = TypeVar("T", bound="SubprojectUpdateBody")


@_attrs_define
class SubprojectUpdateBody:
    """
    Attributes:
        service (Literal['subproject.update']): Names the service called. Default: 'subproject.update'.
        subproject (SubprojectUpdate): The subproject (by `id` or `xid`) and its new name.
    """

    subproject: SubprojectUpdate
    service: Literal["subproject.update"] = "subproject.update"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        subproject = self.subproject.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "subproject": subproject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subproject_update import SubprojectUpdate  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["subproject.update"], d.pop("service"))
        if service != "subproject.update":
            raise ValueError(f"service must match const 'subproject.update', got '{service}'")

        subproject = SubprojectUpdate.from_dict(d.pop("subproject"))

        subproject_update_body = cls(
            service=service,
            subproject=subproject,
        )

        return subproject_update_body
