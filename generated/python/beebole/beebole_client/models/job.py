from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A background export job.

    Attributes:
        id (int): Numeric id the service gives an entity.
        status (JobStatus): `running` while the export is being built, then `done` or `error`.
        result (list[list[bool | float | None | str]] | str | Unset): The export, once `done`: CSV text, or rows of
            cells when `outputFormat` is `array`.
    """

    id: int
    status: JobStatus
    result: list[list[bool | float | None | str]] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        result: list[list[bool | float | None | str]] | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_1_item_data in self.result:
                result_type_1_item = []
                for result_type_1_item_item_data in result_type_1_item_data:
                    result_type_1_item_item: bool | float | None | str
                    result_type_1_item_item = result_type_1_item_item_data
                    result_type_1_item.append(result_type_1_item_item)

                result.append(result_type_1_item)

        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = JobStatus(d.pop("status"))

        def _parse_result(data: object) -> list[list[bool | float | None | str]] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_type_1 = []
                _result_type_1 = data
                for result_type_1_item_data in _result_type_1:
                    result_type_1_item = []
                    _result_type_1_item = result_type_1_item_data
                    for result_type_1_item_item_data in _result_type_1_item:

                        def _parse_result_type_1_item_item(data: object) -> bool | float | None | str:
                            if data is None:
                                return data
                            return cast(bool | float | None | str, data)

                        result_type_1_item_item = _parse_result_type_1_item_item(result_type_1_item_item_data)

                        result_type_1_item.append(result_type_1_item_item)

                    result_type_1.append(result_type_1_item)

                return result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[bool | float | None | str]] | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        job = cls(
            id=id,
            status=status,
            result=result,
        )

        job.additional_properties = d
        return job

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
