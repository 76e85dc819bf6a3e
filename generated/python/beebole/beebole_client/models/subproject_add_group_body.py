from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="SubprojectAddGroupBody")


@_attrs_define
class SubprojectAddGroupBody:
    """
    Attributes:
        service (Literal['subproject.add_group']): Names the service called. Default: 'subproject.add_group'.
        group (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
        id (int | Unset): Numeric id the service gives an entity.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
    """

    group: IdRef | XidRef
    service: Literal["subproject.add_group"] = "subproject.add_group"
    id: int | Unset = UNSET
    xid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        group: dict[str, Any]
        if isinstance(self.group, IdRef):
            group = self.group.to_dict()
        else:
            group = self.group.to_dict()

        id = self.id

        xid = self.xid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "group": group,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["subproject.add_group"], d.pop("service"))
        if service != "subproject.add_group":
            raise ValueError(f"service must match const 'subproject.add_group', got '{service}'")

        def _parse_group(data: object) -> IdRef | XidRef:
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

        group = _parse_group(d.pop("group"))

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        subproject_add_group_body = cls(
            service=service,
            group=group,
            id=id,
            xid=xid,
        )

        return subproject_add_group_body
