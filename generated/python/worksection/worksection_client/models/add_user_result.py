from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="AddUserResult")


@_attrs_define
class AddUserResult:
    """Success envelope of add_user: the new member.

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        data (User): One member (user) of the account. The recorded answers always carry `id`, the names, `title`,
            `rate`, `avatar`, `group`, `department`, `role` and `email`; phones and addresses only when
            filled in. `url`, `services`, `contacts` and `date_added` are documented by the vendor's current
            page but absent from the January 2024 recordings.
    """

    status: Literal["ok"]
    data: User
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
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        data = User.from_dict(d.pop("data"))

        add_user_result = cls(
            status=status,
            data=data,
        )

        add_user_result.additional_properties = d
        return add_user_result

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
