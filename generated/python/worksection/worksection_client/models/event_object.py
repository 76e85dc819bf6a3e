from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_object_type import EventObjectType

T = TypeVar("T", bound="EventObject")


@_attrs_define
class EventObject:
    """What an event is about.

    Attributes:
        type_ (EventObjectType): Kind of object.
        id (str): Its id, a string of digits.
        page (str): Link inside the account: `/project/<id>/` for a project, `/project/<id>/<task id>/` for a task and
            for a comment (the task it is on).
    """

    type_: EventObjectType
    id: str
    page: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "page": page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = EventObjectType(d.pop("type"))

        id = d.pop("id")

        page = d.pop("page")

        event_object = cls(
            type_=type_,
            id=id,
            page=page,
        )

        event_object.additional_properties = d
        return event_object

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
