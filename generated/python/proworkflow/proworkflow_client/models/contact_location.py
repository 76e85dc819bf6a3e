from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactLocation")


@_attrs_define
class ContactLocation:
    """Where a contact was last seen.

    Attributes:
        id (int): Contact id.
        firstname (str | Unset): First name.
        lastname (str | Unset): Last name.
        latitude (float | Unset): Latitude.
        longitude (float | Unset): Longitude.
        locationtime (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    locationtime: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        firstname = self.firstname

        lastname = self.lastname

        latitude = self.latitude

        longitude = self.longitude

        locationtime = self.locationtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if locationtime is not UNSET:
            field_dict["locationtime"] = locationtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        locationtime = d.pop("locationtime", UNSET)

        contact_location = cls(
            id=id,
            firstname=firstname,
            lastname=lastname,
            latitude=latitude,
            longitude=longitude,
            locationtime=locationtime,
        )

        contact_location.additional_properties = d
        return contact_location

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
