from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me_all import KeywordMeAll
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventsUpdateBody")


@_attrs_define
class EventsUpdateBody:
    """Request body of eventsUpdate.

    Attributes:
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the caller) or `all`. Used both
            as a filter and as an assignment list in request bodies, where it is always a comma string and never a JSON
            array (an array makes the service fail with HTTP 500).
        description (str | Unset): Description.
        endtime (str | Unset): A local date and time `yyyy-mm-ddThh:mm`, or `now` for the current time.
        starttime (str | Unset): A local date and time `yyyy-mm-ddThh:mm`, or `now` for the current time.
        title (str | Unset): Title.
    """

    contacts: KeywordMeAll | str | Unset = UNSET
    description: str | Unset = UNSET
    endtime: str | Unset = UNSET
    starttime: str | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contacts: str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, KeywordMeAll):
            contacts = self.contacts.value
        else:
            contacts = self.contacts

        description = self.description

        endtime = self.endtime

        starttime = self.starttime

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if description is not UNSET:
            field_dict["description"] = description
        if endtime is not UNSET:
            field_dict["endtime"] = endtime
        if starttime is not UNSET:
            field_dict["starttime"] = starttime
        if title is not UNSET:
            field_dict["title"] = title

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

        description = d.pop("description", UNSET)

        endtime = d.pop("endtime", UNSET)

        starttime = d.pop("starttime", UNSET)

        title = d.pop("title", UNSET)

        events_update_body = cls(
            contacts=contacts,
            description=description,
            endtime=endtime,
            starttime=starttime,
            title=title,
        )

        return events_update_body
