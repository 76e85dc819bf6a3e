from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task import Task


T = TypeVar("T", bound="PostTaskResult")


@_attrs_define
class PostTaskResult:
    """Success envelope of post_task.

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        data (Task): A task or subtask, in full: every entry carries `id`, `name`, `page`, `status`, `priority`,
            `user_from`, `user_to`, `project` and `date_added` (the short entries that `get_task` lists under
            `child` are `TaskShortEntry`). `date_start`, `date_end`, `date_closed`, `time_start`,
            `time_end`, `max_time`, `max_money` and `tags` come only when set; `text`, `files`,
            `has_comments`/`comments`, `relations`, `child`, `subscribers` and `custom_fields` only when
            `extra` asks for them; `parent` only for a subtask, in the answers of `get_task`, `post_task` and
            `update_task` (presumed).

            Vendor-doc correction: output of the legacy v.05 admin API that a third-party Ruby client's README
            prints for get_all_tasks has tasks without `id` and `project` and people without `id`; the v2 API
            sends them all.
    """

    status: Literal["ok"]
    data: Task
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
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        data = Task.from_dict(d.pop("data"))

        post_task_result = cls(
            status=status,
            data=data,
        )

        post_task_result.additional_properties = d
        return post_task_result

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
