from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shared_note_author import SharedNoteAuthor
    from ..models.shared_note_project import SharedNoteProject


T = TypeVar("T", bound="SharedNote")


@_attrs_define
class SharedNote:
    """A note shared with everyone on a project (shape inferred, see the operations' x-evidence).

    Attributes:
        id (int): Shared note id.
        title (str | Unset): Title.
        content (str | Unset): Text.
        projectid (int | Unset): Project the note is shared on.
        project (SharedNoteProject | Unset): The project (id, number, title).
        author (SharedNoteAuthor | Unset): Contact who shared the note (id, name).
        date (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset
            (e.g. `2026-06-24T00:00:00`).
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    projectid: int | Unset = UNSET
    project: SharedNoteProject | Unset = UNSET
    author: SharedNoteAuthor | Unset = UNSET
    date: str | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        content = self.content

        projectid = self.projectid

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        date = self.date

        lastmodified = self.lastmodified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if project is not UNSET:
            field_dict["project"] = project
        if author is not UNSET:
            field_dict["author"] = author
        if date is not UNSET:
            field_dict["date"] = date
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shared_note_author import SharedNoteAuthor  # noqa: PLC0415
        from ..models.shared_note_project import SharedNoteProject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        projectid = d.pop("projectid", UNSET)

        _project = d.pop("project", UNSET)
        project: SharedNoteProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = SharedNoteProject.from_dict(_project)

        _author = d.pop("author", UNSET)
        author: SharedNoteAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = SharedNoteAuthor.from_dict(_author)

        date = d.pop("date", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        shared_note = cls(
            id=id,
            title=title,
            content=content,
            projectid=projectid,
            project=project,
            author=author,
            date=date,
            lastmodified=lastmodified,
        )

        shared_note.additional_properties = d
        return shared_note

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
