from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me_all import KeywordMeAll
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesUpdateBody")


@_attrs_define
class MessagesUpdateBody:
    """Request body of messagesUpdate.

    Attributes:
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the caller) or `all`. Used both
            as a filter and as an assignment list in request bodies, where it is always a comma string and never a JSON
            array (an array makes the service fail with HTTP 500).
        notifications (bool | Unset): Send e-mail notifications.
        public (bool | Unset): Make the discussion public (`true`) or private.
    """

    contacts: KeywordMeAll | str | Unset = UNSET
    notifications: bool | Unset = UNSET
    public: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contacts: str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, KeywordMeAll):
            contacts = self.contacts.value
        else:
            contacts = self.contacts

        notifications = self.notifications

        public = self.public

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if public is not UNSET:
            field_dict["public"] = public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        notifications = d.pop("notifications", UNSET)

        public = d.pop("public", UNSET)

        messages_update_body = cls(
            contacts=contacts,
            notifications=notifications,
            public=public,
        )

        return messages_update_body
