from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="GetProjectResult")


@_attrs_define
class GetProjectResult:
    """Success envelope of get_project: one project in `data`.

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        data (Project): One project. Every project carries `id`, `name`, `page`, `status`, `company`, `user_from`,
            `user_to` (the manager or the "no manager" marker) and `date_added`. `text`, `options` and `users`
            come only when `extra` asks for them; `date_closed`, `date_start`, `date_end`, `max_time`,
            `max_money` and `tags` only when set.

            Vendor-doc correction: the documentation prints dates as `YYYY—MM—DD HH:II` with em-dashes; the
            service sends ASCII hyphens, and `II` means minutes: `YYYY-MM-DD HH:MM` for `date_added` and
            `date_closed`, `YYYY-MM-DD` for `date_start` and `date_end`.

            Vendor-doc correction: the answer printed in the README of the vendor's 2023 PHP SDK shows projects
            without `user_to` and `date_added`; it is trimmed, the service sends both for every project.
            Output of the legacy v.05 admin API that a third-party Ruby client's README prints has projects
            without `id` and `date_added` and people without `id`; the v2 API sends them all.
    """

    status: Literal["ok"]
    data: Project
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
        from ..models.project import Project  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        data = Project.from_dict(d.pop("data"))

        get_project_result = cls(
            status=status,
            data=data,
        )

        get_project_result.additional_properties = d
        return get_project_result

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
