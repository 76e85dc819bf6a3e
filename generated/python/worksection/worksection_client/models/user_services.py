from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_service_links_type_0 import UserServiceLinksType0


T = TypeVar("T", bound="UserServices")


@_attrs_define
class UserServices:
    """Messenger and social-network links of a person, as two maps of service name to link.

    Attributes:
        chats (list[str] | Unset | UserServiceLinksType0): Links of one kind (messengers or social networks) by service
            name, e.g.
            `{"WhatsApp": "+49 170 5550101"}`. The vendor's sample elides the values; an empty set is
            presumed to come as `[]`, the way the service writes other empty collections (`"data": []`).
        socials (list[str] | Unset | UserServiceLinksType0): Links of one kind (messengers or social networks) by
            service name, e.g.
            `{"WhatsApp": "+49 170 5550101"}`. The vendor's sample elides the values; an empty set is
            presumed to come as `[]`, the way the service writes other empty collections (`"data": []`).
    """

    chats: list[str] | Unset | UserServiceLinksType0 = UNSET
    socials: list[str] | Unset | UserServiceLinksType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_service_links_type_0 import UserServiceLinksType0  # noqa: PLC0415

        chats: dict[str, Any] | list[str] | Unset
        if isinstance(self.chats, Unset):
            chats = UNSET
        elif isinstance(self.chats, UserServiceLinksType0):
            chats = self.chats.to_dict()
        else:
            chats = self.chats

        socials: dict[str, Any] | list[str] | Unset
        if isinstance(self.socials, Unset):
            socials = UNSET
        elif isinstance(self.socials, UserServiceLinksType0):
            socials = self.socials.to_dict()
        else:
            socials = self.socials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chats is not UNSET:
            field_dict["chats"] = chats
        if socials is not UNSET:
            field_dict["socials"] = socials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_service_links_type_0 import UserServiceLinksType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_chats(data: object) -> list[str] | Unset | UserServiceLinksType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_service_links_type_0 = UserServiceLinksType0.from_dict(data)

                return componentsschemas_user_service_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_user_service_links_type_1 = cast(list[str], data)

            return componentsschemas_user_service_links_type_1

        chats = _parse_chats(d.pop("chats", UNSET))

        def _parse_socials(data: object) -> list[str] | Unset | UserServiceLinksType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_service_links_type_0 = UserServiceLinksType0.from_dict(data)

                return componentsschemas_user_service_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_user_service_links_type_1 = cast(list[str], data)

            return componentsschemas_user_service_links_type_1

        socials = _parse_socials(d.pop("socials", UNSET))

        user_services = cls(
            chats=chats,
            socials=socials,
        )

        user_services.additional_properties = d
        return user_services

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
