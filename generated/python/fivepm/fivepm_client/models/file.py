from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_type import ActivityType
from ..models.file_type import FileType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_info import ImageInfo


T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """A file or document link attached to an activity.

    Attributes:
        id (str): Identifier of the file. The vendor types object ids as strings of digits, while every argument that
            takes such an id is an integer.
        activity_id (int | Unset): Id of the activity the file is attached to.
        activity_type (ActivityType | Unset): Kind of activity: `msg` message, `progress` progress note, `file` note
            carrying files, `googledocs` link to a Google document, `ss_boards` SpiderScribe board, `ff_boards` FireFly
            screen.
        name (str | Unset): Original file name, or the title of a linked document.
        type_ (FileType | Unset): Kind of attachment: `file` an uploaded file; `googledocs`, `ss_boards`, `ff_boards`,
            `dropbox`, `onedrive` and `box` are references to documents kept in those services.
        size (int | Unset): Size in bytes (0 for links).
        content (str | Unset): Undocumented. Presumably the target URL of a linked document; empty for uploaded files in
            list output.
        created_at (str | Unset): When the file was attached. Format `YYYY-MM-DD HH:MM:SS`.
        can_edit (bool | Unset): Whether the calling user may change or remove the file.
        can_thumb (bool | Unset): Whether the server can render a thumbnail for the file.
        url_thumb (None | str | Unset): Address of the thumbnail image; null when there is none.
        image_info (ImageInfo | Unset): Pixel dimensions of an image attachment.
    """

    id: str
    activity_id: int | Unset = UNSET
    activity_type: ActivityType | Unset = UNSET
    name: str | Unset = UNSET
    type_: FileType | Unset = UNSET
    size: int | Unset = UNSET
    content: str | Unset = UNSET
    created_at: str | Unset = UNSET
    can_edit: bool | Unset = UNSET
    can_thumb: bool | Unset = UNSET
    url_thumb: None | str | Unset = UNSET
    image_info: ImageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        activity_id = self.activity_id

        activity_type: str | Unset = UNSET
        if not isinstance(self.activity_type, Unset):
            activity_type = self.activity_type.value

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        size = self.size

        content = self.content

        created_at = self.created_at

        can_edit = self.can_edit

        can_thumb = self.can_thumb

        url_thumb: None | str | Unset
        if isinstance(self.url_thumb, Unset):
            url_thumb = UNSET
        else:
            url_thumb = self.url_thumb

        image_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_info, Unset):
            image_info = self.image_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if activity_type is not UNSET:
            field_dict["activityType"] = activity_type
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit
        if can_thumb is not UNSET:
            field_dict["can_thumb"] = can_thumb
        if url_thumb is not UNSET:
            field_dict["url_thumb"] = url_thumb
        if image_info is not UNSET:
            field_dict["image_info"] = image_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_info import ImageInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        activity_id = d.pop("activityId", UNSET)

        _activity_type = d.pop("activityType", UNSET)
        activity_type: ActivityType | Unset
        if isinstance(_activity_type, Unset):
            activity_type = UNSET
        else:
            activity_type = ActivityType(_activity_type)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: FileType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FileType(_type_)

        size = d.pop("size", UNSET)

        content = d.pop("content", UNSET)

        created_at = d.pop("createdAt", UNSET)

        can_edit = d.pop("can_edit", UNSET)

        can_thumb = d.pop("can_thumb", UNSET)

        def _parse_url_thumb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url_thumb = _parse_url_thumb(d.pop("url_thumb", UNSET))

        _image_info = d.pop("image_info", UNSET)
        image_info: ImageInfo | Unset
        if isinstance(_image_info, Unset):
            image_info = UNSET
        else:
            image_info = ImageInfo.from_dict(_image_info)

        file = cls(
            id=id,
            activity_id=activity_id,
            activity_type=activity_type,
            name=name,
            type_=type_,
            size=size,
            content=content,
            created_at=created_at,
            can_edit=can_edit,
            can_thumb=can_thumb,
            url_thumb=url_thumb,
            image_info=image_info,
        )

        file.additional_properties = d
        return file

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
