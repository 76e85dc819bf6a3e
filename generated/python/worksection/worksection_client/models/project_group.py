from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_group_client import ProjectGroupClient
from ..models.project_group_type import ProjectGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectGroup")


@_attrs_define
class ProjectGroup:
    """A project folder. User folders (`type` `folder`) are made by people; team folders (`type` `company`) are made with
    each team and carry `client`.

        Attributes:
            id (str): Id of the folder, a string of digits.
            title (str): Name of the folder (what a project's `company` shows).
            type_ (ProjectGroupType): `folder` a user folder, `company` the folder of a team.
            client (ProjectGroupClient | Unset): Only on team folders: 0 for a team of the company itself, 1 for an external
                client's team.
    """

    id: str
    title: str
    type_: ProjectGroupType
    client: ProjectGroupClient | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_ = self.type_.value

        client: int | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "type": type_,
            }
        )
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        type_ = ProjectGroupType(d.pop("type"))

        _client = d.pop("client", UNSET)
        client: ProjectGroupClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ProjectGroupClient(_client)

        project_group = cls(
            id=id,
            title=title,
            type_=type_,
            client=client,
        )

        project_group.additional_properties = d
        return project_group

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
