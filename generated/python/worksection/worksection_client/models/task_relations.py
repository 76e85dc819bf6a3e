from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_relation import TaskRelation


T = TypeVar("T", bound="TaskRelations")


@_attrs_define
class TaskRelations:
    """Dependencies of a task: `from` the tasks it depends on, `to` the tasks that depend on it (each list only when not
    empty).

        Attributes:
            from_ (list[TaskRelation] | Unset): Incoming dependencies (the other task comes first).
            to (list[TaskRelation] | Unset): Outgoing dependencies (the other task comes after).
    """

    from_: list[TaskRelation] | Unset = UNSET
    to: list[TaskRelation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = []
            for from_item_data in self.from_:
                from_item = from_item_data.to_dict()
                from_.append(from_item)

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_relation import TaskRelation  # noqa: PLC0415

        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: list[TaskRelation] | Unset = UNSET
        if _from_ is not UNSET:
            from_ = []
            for from_item_data in _from_:
                from_item = TaskRelation.from_dict(from_item_data)

                from_.append(from_item)

        _to = d.pop("to", UNSET)
        to: list[TaskRelation] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = TaskRelation.from_dict(to_item_data)

                to.append(to_item)

        task_relations = cls(
            from_=from_,
            to=to,
        )

        task_relations.additional_properties = d
        return task_relations

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
