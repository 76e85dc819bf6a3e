from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.time_entry_get_job_info_body_output_format import TimeEntryGetJobInfoBodyOutputFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeEntryGetJobInfoBody")


@_attrs_define
class TimeEntryGetJobInfoBody:
    """
    Attributes:
        service (Literal['time_entry.get_job_info']): Names the service called. Default: 'time_entry.get_job_info'.
        id (int): Numeric id the service gives an entity.
        output_format (TimeEntryGetJobInfoBodyOutputFormat | Unset): `array` for rows of cells instead of CSV text.
    """

    id: int
    service: Literal["time_entry.get_job_info"] = "time_entry.get_job_info"
    output_format: TimeEntryGetJobInfoBodyOutputFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        id = self.id

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "id": id,
            }
        )
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = cast(Literal["time_entry.get_job_info"], d.pop("service"))
        if service != "time_entry.get_job_info":
            raise ValueError(f"service must match const 'time_entry.get_job_info', got '{service}'")

        id = d.pop("id")

        _output_format = d.pop("outputFormat", UNSET)
        output_format: TimeEntryGetJobInfoBodyOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = TimeEntryGetJobInfoBodyOutputFormat(_output_format)

        time_entry_get_job_info_body = cls(
            service=service,
            id=id,
            output_format=output_format,
        )

        return time_entry_get_job_info_body
