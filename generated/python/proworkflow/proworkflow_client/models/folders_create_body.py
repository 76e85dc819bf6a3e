from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me_all import KeywordMeAll

T = TypeVar("T", bound="FoldersCreateBody")


@_attrs_define
class FoldersCreateBody:
    """Request body of foldersCreate.

    Attributes:
        contacts (KeywordMeAll | str): Contact ids separated by commas, or `me` (the caller) or `all`. Used both as a
            filter and as an assignment list in request bodies, where it is always a comma string and never a JSON array (an
            array makes the service fail with HTTP 500). Default: 'all'.
        name (str): Name.
        projectid (int): Project id.
    """

    name: str
    projectid: int
    contacts: KeywordMeAll | str = "all"

    def to_dict(self) -> dict[str, Any]:
        contacts: str
        if isinstance(self.contacts, KeywordMeAll):
            contacts = self.contacts.value
        else:
            contacts = self.contacts

        name = self.name

        projectid = self.projectid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contacts": contacts,
                "name": name,
                "projectid": projectid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        name = d.pop("name")

        projectid = d.pop("projectid")

        folders_create_body = cls(
            contacts=contacts,
            name=name,
            projectid=projectid,
        )

        return folders_create_body
