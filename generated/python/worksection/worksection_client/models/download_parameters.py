from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DownloadParameters")


@_attrs_define
class DownloadParameters:
    """Parameters of download as a JSON object (the 2026 clients' form).

    Attributes:
        id_file (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
    """

    id_file: int | str

    def to_dict(self) -> dict[str, Any]:
        id_file: int | str
        id_file = self.id_file

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_file": id_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_file(data: object) -> int | str:
            return cast(int | str, data)

        id_file = _parse_id_file(d.pop("id_file"))

        download_parameters = cls(
            id_file=id_file,
        )

        return download_parameters
