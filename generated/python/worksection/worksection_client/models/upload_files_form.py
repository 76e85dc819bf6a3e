from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File

T = TypeVar("T", bound="UploadFilesForm")


@_attrs_define
class UploadFilesForm:
    """The `multipart/form-data` body of upload_files: one part per file, each named `files[]` and
    carrying its file name. The vendor's clients send nothing else.

        Attributes:
            files (list[File]): The files, one `files[]` part each.
    """

    files: list[File]

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_tuple()

            files.append(files_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "files[]": files,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for files_item_element in self.files:
            files.append(("files[]", files_item_element.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        files = []
        _files = d.pop("files[]")
        for files_item_data in _files:
            files_item = File(payload=BytesIO(files_item_data))

            files.append(files_item)

        upload_files_form = cls(
            files=files,
        )

        return upload_files_form
