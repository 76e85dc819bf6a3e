from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.file_type import FileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    """One file to attach. Only `name` appears in the vendor's example; how the file's bytes travel is an open question.
    This document assumes the base64 text of the bytes in `content`.

        Attributes:
            name (str): File name to store the attachment under.
            type_ (FileType | Unset): Kind of attachment: `file` an uploaded file; `googledocs`, `ss_boards`, `ff_boards`,
                `dropbox`, `onedrive` and `box` are references to documents kept in those services.
            content (str | Unset): The file's bytes, base64-encoded (assumption; the upload mechanics are OPEN: the server
                might instead expect a multipart upload or a URL for link types).
    """

    name: str
    type_: FileType | Unset = UNSET
    content: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: FileType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FileType(_type_)

        content = d.pop("content", UNSET)

        file_upload = cls(
            name=name,
            type_=type_,
            content=content,
        )

        return file_upload
