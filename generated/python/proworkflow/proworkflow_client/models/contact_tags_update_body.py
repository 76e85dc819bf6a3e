from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactTagsUpdateBody")


@_attrs_define
class ContactTagsUpdateBody:
    """Request body of contactTagsUpdate.

    Attributes:
        tagid (str): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids mean "any
            of them".
        remove (bool | Unset): `true` removes the listed ids; `false` (default) adds them. Default: False.
    """

    tagid: str
    remove: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        tagid = self.tagid

        remove = self.remove

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tagid": tagid,
            }
        )
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tagid = d.pop("tagid")

        remove = d.pop("remove", UNSET)

        contact_tags_update_body = cls(
            tagid=tagid,
            remove=remove,
        )

        return contact_tags_update_body
