from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_group import UserGroup


T = TypeVar("T", bound="AddUserGroupResult")


@_attrs_define
class AddUserGroupResult:
    """Success envelope of add_user_group: the team.

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        data (UserGroup): A team (user group) of the account: the company's own teams and client teams.

            Vendor-doc correction: the documentation's list of returned fields names only `id`, `title` and
            `client`; its sample and every recorded answer also carry `type`, always `company`.
    """

    status: Literal["ok"]
    data: UserGroup
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group import UserGroup  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        data = UserGroup.from_dict(d.pop("data"))

        add_user_group_result = cls(
            status=status,
            data=data,
        )

        add_user_group_result.additional_properties = d
        return add_user_group_result

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
