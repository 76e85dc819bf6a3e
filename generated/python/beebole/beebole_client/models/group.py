from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A group in the account's tree of groups. Carries `id`, or `xid` instead when the entity was created with an external
    id.

        Attributes:
            name (str): Display name.
            id (int | Unset): Numeric id the service gives an entity.
            xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
                stand in for the numeric `id` wherever the entity is referred to.
            parent (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
                created with an external id. Exactly one of the two.
    """

    name: str
    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    parent: IdRef | Unset | XidRef = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        name = self.name

        id = self.id

        xid = self.xid

        parent: dict[str, Any] | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, IdRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        def _parse_parent(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
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

        parent = _parse_parent(d.pop("parent", UNSET))

        group = cls(
            name=name,
            id=id,
            xid=xid,
            parent=parent,
        )

        group.additional_properties = d
        return group

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
