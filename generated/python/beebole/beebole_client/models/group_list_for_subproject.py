from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="GroupListForSubproject")


@_attrs_define
class GroupListForSubproject:
    """The groups of a subproject.

    Attributes:
        service (Literal['group.list']): Names the service called. Default: 'group.list'.
        subproject (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
    """

    subproject: IdRef | XidRef
    service: Literal["group.list"] = "group.list"

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        subproject: dict[str, Any]
        if isinstance(self.subproject, IdRef):
            subproject = self.subproject.to_dict()
        else:
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
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["group.list"], d.pop("service"))
        if service != "group.list":
            raise ValueError(f"service must match const 'group.list', got '{service}'")

        def _parse_subproject(data: object) -> IdRef | XidRef:
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

        subproject = _parse_subproject(d.pop("subproject"))

        group_list_for_subproject = cls(
            service=service,
            subproject=subproject,
        )

        return group_list_for_subproject
