from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_group_client import UserGroupClient
from ..models.user_group_type import UserGroupType

T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup:
    """A team (user group) of the account: the company's own teams and client teams.

    Vendor-doc correction: the documentation's list of returned fields names only `id`, `title` and
    `client`; its sample and every recorded answer also carry `type`, always `company`.

        Attributes:
            id (str): Identifier of the team, a string of digits.
            title (str): Name of the team.
            type_ (UserGroupType): Kind of group; always `company` for teams in all vendor material.
            client (UserGroupClient): 1 for a client (external) team, 0 for a team of the company.
    """

    id: str
    title: str
    type_: UserGroupType
    client: UserGroupClient
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_ = self.type_.value

        client = self.client.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "type": type_,
                "client": client,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        type_ = UserGroupType(d.pop("type"))

        client = UserGroupClient(d.pop("client"))

        user_group = cls(
            id=id,
            title=title,
            type_=type_,
            client=client,
        )

        user_group.additional_properties = d
        return user_group

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
