from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectFilesCreateBody")


@_attrs_define
class ProjectFilesCreateBody:
    """Request body of projectFilesCreate (that of filesCreate, the project fixed by the path).

    Attributes:
        content (str): The file's bytes, base64-encoded (standard alphabet, padded).
        name (str): Name.
    """

    content: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        name = d.pop("name")

        project_files_create_body = cls(
            content=content,
            name=name,
        )

        return project_files_create_body
