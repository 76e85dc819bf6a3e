from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="ProjectDetachMemberByPerson")


@_attrs_define
class ProjectDetachMemberByPerson:
    """The member is a person.

    Attributes:
        service (Literal['project.detach_member']): Names the service called. Default: 'project.detach_member'.
        person (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
        id (int | Unset): Numeric id the service gives an entity.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
    """

    person: IdRef | XidRef
    service: Literal["project.detach_member"] = "project.detach_member"
    id: int | Unset = UNSET
    xid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        person: dict[str, Any]
        if isinstance(self.person, IdRef):
            person = self.person.to_dict()
        else:
            person = self.person.to_dict()

        id = self.id

        xid = self.xid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "person": person,
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
        service = cast(Literal["project.detach_member"], d.pop("service"))
        if service != "project.detach_member":
            raise ValueError(f"service must match const 'project.detach_member', got '{service}'")

        def _parse_person(data: object) -> IdRef | XidRef:
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

        person = _parse_person(d.pop("person"))

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        project_detach_member_by_person = cls(
            service=service,
            person=person,
            id=id,
            xid=xid,
        )

        return project_detach_member_by_person
