from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TasksBulkDeleteBody")


@_attrs_define
class TasksBulkDeleteBody:
    """Request body of tasksBulkDelete.

    Attributes:
        taskid (str): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids mean "any
            of them".
    """

    taskid: str

    def to_dict(self) -> dict[str, Any]:
        taskid = self.taskid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "taskid": taskid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        taskid = d.pop("taskid")

        tasks_bulk_delete_body = cls(
            taskid=taskid,
        )

        return tasks_bulk_delete_body
