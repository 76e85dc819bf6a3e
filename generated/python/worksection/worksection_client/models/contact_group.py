from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_group_type import ContactGroupType

T = TypeVar("T", bound="ContactGroup")


@_attrs_define
class ContactGroup:
    """A contact folder: one of the four preset folders or a folder made by a member.

    Attributes:
        id (int | str): Identifier of the folder. The four preset folders have the JSON integers 1 to 4
            (`USERS`, `DEFAULT`, `TEAM_ONLY`, `HIDDEN`); folders made by members have digit strings.

            Vendor-doc correction: the documentation's sample shows every id as a quoted placeholder
            (`"GROUP_ID"`); the service answers the preset folders' ids as integers.
        title (str): Name of the folder; the presets are `USERS`, `DEFAULT`, `TEAM_ONLY` and `HIDDEN`.
        type_ (ContactGroupType): `preset` for the four built-in folders, `folder` for folders made by members.
    """

    id: int | str
    title: str
    type_: ContactGroupType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        title = self.title

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        title = d.pop("title")

        type_ = ContactGroupType(d.pop("type"))

        contact_group = cls(
            id=id,
            title=title,
            type_=type_,
        )

        contact_group.additional_properties = d
        return contact_group

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
