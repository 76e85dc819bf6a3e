from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.status_list import StatusList


T = TypeVar("T", bound="StatusListEnvelope")


@_attrs_define
class StatusListEnvelope:
    """Success body carrying the status catalogue. In XML the `data` element is the document root; in JSON (`retType=json`)
    it is the single top-level key.

        Attributes:
            data (StatusList): The status catalogue: one `item` element per entry directly under `data` (no count or total).
                Shape taken from captured runtime output; the vendor references this object but never defines it.

                Vendor-doc correction: the reference page says the call returns a field `list` holding a StatusList object;
                captured output has no `list` element, the entries sit directly under `data`.
    """

    data: StatusList
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_list import StatusList  # noqa: PLC0415

        d = dict(src_dict)
        data = StatusList.from_dict(d.pop("data"))

        status_list_envelope = cls(
            data=data,
        )

        status_list_envelope.additional_properties = d
        return status_list_envelope

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
