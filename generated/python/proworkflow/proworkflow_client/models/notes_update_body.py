from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me_all import KeywordMeAll
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotesUpdateBody")


@_attrs_define
class NotesUpdateBody:
    """Request body of notesUpdate.

    Attributes:
        categoryid (int | Unset): Category id.
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the caller) or `all`. Used both
            as a filter and as an assignment list in request bodies, where it is always a comma string and never a JSON
            array (an array makes the service fail with HTTP 500). Default: 'all'.
        content (str | Unset): Text content.
        title (str | Unset): Title.
    """

    categoryid: int | Unset = UNSET
    contacts: KeywordMeAll | str | Unset = "all"
    content: str | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        categoryid = self.categoryid

        contacts: str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, KeywordMeAll):
            contacts = self.contacts.value
        else:
            contacts = self.contacts

        content = self.content

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if content is not UNSET:
            field_dict["content"] = content
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categoryid = d.pop("categoryid", UNSET)

        def _parse_contacts(data: object) -> KeywordMeAll | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_id_list_type_1 = KeywordMeAll(data)

                return componentsschemas_contact_id_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeywordMeAll | str | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        content = d.pop("content", UNSET)

        title = d.pop("title", UNSET)

        notes_update_body = cls(
            categoryid=categoryid,
            contacts=contacts,
            content=content,
            title=title,
        )

        return notes_update_body
