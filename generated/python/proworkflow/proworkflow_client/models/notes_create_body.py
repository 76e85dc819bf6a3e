from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me_all import KeywordMeAll

T = TypeVar("T", bound="NotesCreateBody")


@_attrs_define
class NotesCreateBody:
    """Request body of notesCreate.

    Attributes:
        categoryid (int): Category id.
        contacts (KeywordMeAll | str): Contact ids separated by commas, or `me` (the caller) or `all`. Used both as a
            filter and as an assignment list in request bodies, where it is always a comma string and never a JSON array (an
            array makes the service fail with HTTP 500). Default: 'all'.
        content (str): Text content.
        title (str): Title.
    """

    categoryid: int
    content: str
    title: str
    contacts: KeywordMeAll | str = "all"

    def to_dict(self) -> dict[str, Any]:
        categoryid = self.categoryid

        contacts: str
        if isinstance(self.contacts, KeywordMeAll):
            contacts = self.contacts.value
        else:
            contacts = self.contacts

        content = self.content

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "categoryid": categoryid,
                "contacts": contacts,
                "content": content,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categoryid = d.pop("categoryid")

        def _parse_contacts(data: object) -> KeywordMeAll | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_id_list_type_1 = KeywordMeAll(data)

                return componentsschemas_contact_id_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeywordMeAll | str, data)

        contacts = _parse_contacts(d.pop("contacts"))

        content = d.pop("content")

        title = d.pop("title")

        notes_create_body = cls(
            categoryid=categoryid,
            contacts=contacts,
            content=content,
            title=title,
        )

        return notes_create_body
