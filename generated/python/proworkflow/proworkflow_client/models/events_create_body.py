from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me_all import KeywordMeAll
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventsCreateBody")


@_attrs_define
class EventsCreateBody:
    """Request body of eventsCreate.

    Attributes:
        contacts (KeywordMeAll | str): Contact ids separated by commas, or `me` (the caller) or `all`. Used both as a
            filter and as an assignment list in request bodies, where it is always a comma string and never a JSON array (an
            array makes the service fail with HTTP 500). Default: 'me'.
        endtime (str): A local date and time `yyyy-mm-ddThh:mm`, or `now` for the current time.
        starttime (str): A local date and time `yyyy-mm-ddThh:mm`, or `now` for the current time.
        title (str): Title.
        description (None | str | Unset): Description.
    """

    endtime: str
    starttime: str
    title: str
    contacts: KeywordMeAll | str = "me"
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contacts: str
        if isinstance(self.contacts, KeywordMeAll):
            contacts = self.contacts.value
        else:
            contacts = self.contacts

        endtime = self.endtime

        starttime = self.starttime

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contacts": contacts,
                "endtime": endtime,
                "starttime": starttime,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

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

        endtime = d.pop("endtime")

        starttime = d.pop("starttime")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        events_create_body = cls(
            contacts=contacts,
            endtime=endtime,
            starttime=starttime,
            title=title,
            description=description,
        )

        return events_create_body
