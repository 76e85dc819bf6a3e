from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.add_user_group_parameters_client_type_0 import AddUserGroupParametersClientType0
from ..models.add_user_group_parameters_client_type_1 import AddUserGroupParametersClientType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddUserGroupParameters")


@_attrs_define
class AddUserGroupParameters:
    """Parameters of add_user_group as a JSON object (the 2026 clients' form).

    Attributes:
        title (str): Name of the team (required).
        client (AddUserGroupParametersClientType0 | AddUserGroupParametersClientType1 | Unset): `1` for a client team,
            `0` (default) for a team of the company.
    """

    title: str
    client: AddUserGroupParametersClientType0 | AddUserGroupParametersClientType1 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        client: int | str | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, AddUserGroupParametersClientType0):
            client = self.client.value
        else:
            client = self.client.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_client(
            data: object,
        ) -> AddUserGroupParametersClientType0 | AddUserGroupParametersClientType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                client_type_0 = AddUserGroupParametersClientType0(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            client_type_1 = AddUserGroupParametersClientType1(data)

            return client_type_1

        client = _parse_client(d.pop("client", UNSET))

        add_user_group_parameters = cls(
            title=title,
            client=client,
        )

        return add_user_group_parameters
