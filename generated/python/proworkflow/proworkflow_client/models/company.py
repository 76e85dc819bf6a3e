from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_type import CompanyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.company_apifields_item import CompanyApifieldsItem
    from ..models.contact_ref import ContactRef
    from ..models.tag import Tag


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """A company; the `fields` parameter chooses which keys a list returns.

    Attributes:
        id (int): Company id.
        name (str | Unset): Company name.
        code (str | Unset): Short code.
        type_ (CompanyType | Unset): Company type.
        address (Address | Unset): Postal address (key names inferred from the write parameters).
        phone (str | Unset): Phone.
        fax (str | Unset): Fax.
        email (str | Unset): E-mail.
        website (str | Unset): Website.
        image (str | Unset): Image link.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        tags (list[Tag] | Unset): Tags.
        contacts (list[ContactRef] | Unset): Contacts of the company.
        apifields (list[CompanyApifieldsItem] | Unset): API-only custom fields (item shape not documented).
    """

    id: int
    name: str | Unset = UNSET
    code: str | Unset = UNSET
    type_: CompanyType | Unset = UNSET
    address: Address | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    email: str | Unset = UNSET
    website: str | Unset = UNSET
    image: str | Unset = UNSET
    lastmodified: str | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    contacts: list[ContactRef] | Unset = UNSET
    apifields: list[CompanyApifieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        code = self.code

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        phone = self.phone

        fax = self.fax

        email = self.email

        website = self.website

        image = self.image

        lastmodified = self.lastmodified

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if website is not UNSET:
            field_dict["website"] = website
        if image is not UNSET:
            field_dict["image"] = image
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified
        if tags is not UNSET:
            field_dict["tags"] = tags
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if apifields is not UNSET:
            field_dict["apifields"] = apifields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.company_apifields_item import CompanyApifieldsItem  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CompanyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CompanyType(_type_)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        email = d.pop("email", UNSET)

        website = d.pop("website", UNSET)

        image = d.pop("image", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactRef] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactRef.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[CompanyApifieldsItem] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = CompanyApifieldsItem.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        company = cls(
            id=id,
            name=name,
            code=code,
            type_=type_,
            address=address,
            phone=phone,
            fax=fax,
            email=email,
            website=website,
            image=image,
            lastmodified=lastmodified,
            tags=tags,
            contacts=contacts,
            apifields=apifields,
        )

        company.additional_properties = d
        return company

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
