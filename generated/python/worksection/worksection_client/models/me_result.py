from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.me_profile import MeProfile


T = TypeVar("T", bound="MeResult")


@_attrs_define
class MeResult:
    """Success envelope of me.

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        data (MeProfile): A member's profile, as `me` gives it. Phones and addresses come only when filled in.

            Vendor-doc correction: the documentation's field list names `phone4` but its sample lacks it and
            shows a `rate` the list does not name; the recorded answer has `phone4` and no `rate`. Both are
            described here as optional.
    """

    status: Literal["ok"]
    data: MeProfile
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
        from ..models.me_profile import MeProfile  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        data = MeProfile.from_dict(d.pop("data"))

        me_result = cls(
            status=status,
            data=data,
        )

        me_result.additional_properties = d
        return me_result

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
