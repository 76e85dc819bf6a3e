from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.batch_call import BatchCall


T = TypeVar("T", bound="BatchRunBody")


@_attrs_define
class BatchRunBody:
    """
    Attributes:
        services (list[BatchCall]): The calls, run in this order.
    """

    services: list[BatchCall]

    def to_dict(self) -> dict[str, Any]:
        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "services": services,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_call import BatchCall  # noqa: PLC0415

        d = dict(src_dict)
        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = BatchCall.from_dict(services_item_data)

            services.append(services_item)

        batch_run_body = cls(
            services=services,
        )

        return batch_run_body
