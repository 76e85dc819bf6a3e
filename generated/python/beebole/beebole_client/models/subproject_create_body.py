from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_subproject import NewSubproject


T = TypeVar("T", bound="SubprojectCreateBody")


@_attrs_define
class SubprojectCreateBody:
    """
    Attributes:
        service (Literal['subproject.create']): Names the service called. Default: 'subproject.create'.
        subproject (NewSubproject): A subproject to create, under a project.
    """

    subproject: NewSubproject
    service: Literal["subproject.create"] = "subproject.create"

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
        from ..models.new_subproject import NewSubproject  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["subproject.create"], d.pop("service"))
        if service != "subproject.create":
            raise ValueError(f"service must match const 'subproject.create', got '{service}'")

        subproject = NewSubproject.from_dict(d.pop("subproject"))

        subproject_create_body = cls(
            service=service,
            subproject=subproject,
        )

        return subproject_create_body
