from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_user import ProjectUser
    from ..models.task_file import TaskFile


T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """A comment of a task. `files` comes only with `extra=files` of get_comments (and only when the comment has files).

    Attributes:
        id (str): Id of the comment.
        page (str): Link of the comment, the task's link plus `#com<id>`.
        text (str): Text of the comment (empty when it only carries files); checklist items and mentioned names are part
            of it.
        date_added (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
        user_from (ProjectUser): A person of the account (author, manager or team member).
        files (list[TaskFile] | Unset): Files attached to the comment.
    """

    id: str
    page: str
    text: str
    date_added: str
    user_from: ProjectUser
    files: list[TaskFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        page = self.page

        text = self.text

        date_added = self.date_added

        user_from = self.user_from.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "page": page,
                "text": text,
                "date_added": date_added,
                "user_from": user_from,
            }
        )
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_user import ProjectUser  # noqa: PLC0415
        from ..models.task_file import TaskFile  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        page = d.pop("page")

        text = d.pop("text")

        date_added = d.pop("date_added")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        _files = d.pop("files", UNSET)
        files: list[TaskFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = TaskFile.from_dict(files_item_data)

                files.append(files_item)

        comment = cls(
            id=id,
            page=page,
            text=text,
            date_added=date_added,
            user_from=user_from,
            files=files,
        )

        comment.additional_properties = d
        return comment

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
