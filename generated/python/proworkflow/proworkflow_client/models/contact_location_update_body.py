from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactLocationUpdateBody")


@_attrs_define
class ContactLocationUpdateBody:
    """Request body of contactLocationUpdate.

    Attributes:
        address (str | Unset): Street address to geocode into a position; fails if geocoding fails.
        latitude (float | Unset): Latitude in degrees.
        longitude (float | Unset): Longitude in degrees.
    """

    address: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        latitude = self.latitude

        longitude = self.longitude

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        contact_location_update_body = cls(
            address=address,
            latitude=latitude,
            longitude=longitude,
        )

        return contact_location_update_body
