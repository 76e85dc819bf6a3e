from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.active_item import ActiveItem


T = TypeVar("T", bound="SpecificTasksOk")


@_attrs_define
class SpecificTasksOk:
    """The specific tasks attached to an entity and whether specific tasks are switched off for it.

    Attributes:
        status (Literal['ok']): Marks a successful answer; failures carry `error` (see ErrorEnvelope).
        disabled (bool): True when specific tasks are switched off for the entity. Default: False.
        specific_tasks (list[ActiveItem]):
    """

    status: Literal["ok"]
    specific_tasks: list[ActiveItem]
    disabled: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        disabled = self.disabled

        specific_tasks = []
        for specific_tasks_item_data in self.specific_tasks:
            specific_tasks_item = specific_tasks_item_data.to_dict()
            specific_tasks.append(specific_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "disabled": disabled,
                "specificTasks": specific_tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_item import ActiveItem  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        disabled = d.pop("disabled")

        specific_tasks = []
        _specific_tasks = d.pop("specificTasks")
        for specific_tasks_item_data in _specific_tasks:
            specific_tasks_item = ActiveItem.from_dict(specific_tasks_item_data)

            specific_tasks.append(specific_tasks_item)

        specific_tasks_ok = cls(
            status=status,
            disabled=disabled,
            specific_tasks=specific_tasks,
        )

        specific_tasks_ok.additional_properties = d
        return specific_tasks_ok

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
