from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="SubprojectListBody")


@_attrs_define
class SubprojectListBody:
    """
    Attributes:
        service (Literal['subproject.list']): Names the service called. Default: 'subproject.list'.
        project (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
    """

    project: IdRef | XidRef
    service: Literal["subproject.list"] = "subproject.list"

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        project: dict[str, Any]
        if isinstance(self.project, IdRef):
            project = self.project.to_dict()
        else:
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["subproject.list"], d.pop("service"))
        if service != "subproject.list":
            raise ValueError(f"service must match const 'subproject.list', got '{service}'")

        def _parse_project(data: object) -> IdRef | XidRef:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ref_type_0 = IdRef.from_dict(data)

                return componentsschemas_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ref_type_1 = XidRef.from_dict(data)

            return componentsschemas_ref_type_1

        project = _parse_project(d.pop("project"))

        subproject_list_body = cls(
            service=service,
            project=project,
        )

        return subproject_list_body
