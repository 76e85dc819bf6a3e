from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="Absence")


@_attrs_define
class Absence:
    """An absence type (leave, sickness...). Carries `id`, or `xid` instead when the entity was created with an external
    id.

        Attributes:
            name (str): Display name.
            company (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
                with an external id. Exactly one of the two.
            active (bool):
            id (int | Unset): Numeric id the service gives an entity.
            xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
                stand in for the numeric `id` wherever the entity is referred to.
    """

    name: str
    company: IdRef | XidRef
    active: bool
    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        name = self.name

        company: dict[str, Any]
        if isinstance(self.company, IdRef):
            company = self.company.to_dict()
        else:
            company = self.company.to_dict()

        active = self.active

        id = self.id

        xid = self.xid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "company": company,
                "active": active,
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
        name = d.pop("name")

        def _parse_company(data: object) -> IdRef | XidRef:
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

        company = _parse_company(d.pop("company"))

        active = d.pop("active")

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        absence = cls(
            name=name,
            company=company,
            active=active,
            id=id,
            xid=xid,
        )

        absence.additional_properties = d
        return absence

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
