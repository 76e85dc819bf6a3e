from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteProjectMembersParameters")


@_attrs_define
class DeleteProjectMembersParameters:
    """Parameters of delete_project_members as a JSON object (the 2026 clients' form).

    Attributes:
        id_project (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        members (list[str] | str): E-mail addresses in a JSON body: the comma-separated text of the query form, or a
            JSON array of addresses (what the vendor's 2026 clients send).
    """

    id_project: int | str
    members: list[str] | str

    def to_dict(self) -> dict[str, Any]:
        id_project: int | str
        id_project = self.id_project

        members: list[str] | str
        if isinstance(self.members, list):
            members = self.members

        else:
            members = self.members

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_project": id_project,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_project(data: object) -> int | str:
            return cast(int | str, data)

        id_project = _parse_id_project(d.pop("id_project"))

        def _parse_members(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_project_members_value_type_1 = cast(list[str], data)

                return componentsschemas_project_members_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        members = _parse_members(d.pop("members"))

        delete_project_members_parameters = cls(
            id_project=id_project,
            members=members,
        )

        return delete_project_members_parameters
