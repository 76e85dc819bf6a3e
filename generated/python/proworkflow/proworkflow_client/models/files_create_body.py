from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilesCreateBody")


@_attrs_define
class FilesCreateBody:
    """Request body of filesCreate.

    Attributes:
        content (str): The file's bytes, base64-encoded (standard alphabet, padded).
        name (str): Name.
        folderid (int | Unset): Folder id.
        projectid (int | Unset): Project id.
        taskid (int | Unset): Task id.
    """

    content: str
    name: str
    folderid: int | Unset = UNSET
    projectid: int | Unset = UNSET
    taskid: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        name = self.name

        folderid = self.folderid

        projectid = self.projectid

        taskid = self.taskid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "name": name,
            }
        )
        if folderid is not UNSET:
            field_dict["folderid"] = folderid
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if taskid is not UNSET:
            field_dict["taskid"] = taskid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        name = d.pop("name")

        folderid = d.pop("folderid", UNSET)

        projectid = d.pop("projectid", UNSET)

        taskid = d.pop("taskid", UNSET)

        files_create_body = cls(
            content=content,
            name=name,
            folderid=folderid,
            projectid=projectid,
            taskid=taskid,
        )

        return files_create_body
