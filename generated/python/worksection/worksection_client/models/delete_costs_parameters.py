from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteCostsParameters")


@_attrs_define
class DeleteCostsParameters:
    """Parameters of delete_costs as a JSON object (the 2026 clients' form).

    Attributes:
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
    """

    id_costs: int | str

    def to_dict(self) -> dict[str, Any]:
        id_costs: int | str
        id_costs = self.id_costs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_costs": id_costs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_costs(data: object) -> int | str:
            return cast(int | str, data)

        id_costs = _parse_id_costs(d.pop("id_costs"))

        delete_costs_parameters = cls(
            id_costs=id_costs,
        )

        return delete_costs_parameters
