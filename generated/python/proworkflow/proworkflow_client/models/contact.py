from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact_apifields_item import ContactApifieldsItem
    from ..models.group import Group
    from ..models.role import Role
    from ..models.tag import Tag
    from ..models.team import Team


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact.

    Attributes:
        id (int): Contact id.
        name (str | Unset): Full name.
        firstname (str | Unset): First name.
        lastname (str | Unset): Last name.
        type_ (ContactType | Unset): Contact type.
        companyid (int | Unset): Company id.
        companyname (str | Unset): Company name.
        email (str | Unset): E-mail (staff callers only on lists).
        title (str | Unset): Job title.
        workphone (str | Unset): Work phone.
        mobilephone (str | Unset): Mobile phone.
        fax (str | Unset): Fax.
        allowlogin (bool | Unset): Whether the contact may log in.
        username (str | Unset): Login name.
        latitude (float | Unset): Last known latitude.
        longitude (float | Unset): Last known longitude.
        locationtime (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        plan (str | Unset): Account plan (seen on /me, e.g. `Advanced`).
        divisionid (int | Unset): Division id (Advanced plan).
        image (str | Unset): Image link.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        groups (list[Group] | Unset): Groups.
        roles (list[Role] | Unset): Roles.
        tags (list[Tag] | Unset): Tags.
        teams (list[Team] | Unset): Teams (Advanced plan), the teams of the contact's groups.
        apifields (list[ContactApifieldsItem] | Unset): API-only custom fields.
        address (Address | Unset): Postal address (key names inferred from the write parameters).
    """

    id: int
    name: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    type_: ContactType | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    email: str | Unset = UNSET
    title: str | Unset = UNSET
    workphone: str | Unset = UNSET
    mobilephone: str | Unset = UNSET
    fax: str | Unset = UNSET
    allowlogin: bool | Unset = UNSET
    username: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    locationtime: str | Unset = UNSET
    plan: str | Unset = UNSET
    divisionid: int | Unset = UNSET
    image: str | Unset = UNSET
    lastmodified: str | Unset = UNSET
    groups: list[Group] | Unset = UNSET
    roles: list[Role] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    teams: list[Team] | Unset = UNSET
    apifields: list[ContactApifieldsItem] | Unset = UNSET
    address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        firstname = self.firstname

        lastname = self.lastname

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        companyid = self.companyid

        companyname = self.companyname

        email = self.email

        title = self.title

        workphone = self.workphone

        mobilephone = self.mobilephone

        fax = self.fax

        allowlogin = self.allowlogin

        username = self.username

        latitude = self.latitude

        longitude = self.longitude

        locationtime = self.locationtime

        plan = self.plan

        divisionid = self.divisionid

        image = self.image

        lastmodified = self.lastmodified

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if type_ is not UNSET:
            field_dict["type"] = type_
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if email is not UNSET:
            field_dict["email"] = email
        if title is not UNSET:
            field_dict["title"] = title
        if workphone is not UNSET:
            field_dict["workphone"] = workphone
        if mobilephone is not UNSET:
            field_dict["mobilephone"] = mobilephone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if allowlogin is not UNSET:
            field_dict["allowlogin"] = allowlogin
        if username is not UNSET:
            field_dict["username"] = username
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if locationtime is not UNSET:
            field_dict["locationtime"] = locationtime
        if plan is not UNSET:
            field_dict["plan"] = plan
        if divisionid is not UNSET:
            field_dict["divisionid"] = divisionid
        if image is not UNSET:
            field_dict["image"] = image
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified
        if groups is not UNSET:
            field_dict["groups"] = groups
        if roles is not UNSET:
            field_dict["roles"] = roles
        if tags is not UNSET:
            field_dict["tags"] = tags
        if teams is not UNSET:
            field_dict["teams"] = teams
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact_apifields_item import ContactApifieldsItem  # noqa: PLC0415
        from ..models.group import Group  # noqa: PLC0415
        from ..models.role import Role  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415
        from ..models.team import Team  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ContactType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactType(_type_)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        email = d.pop("email", UNSET)

        title = d.pop("title", UNSET)

        workphone = d.pop("workphone", UNSET)

        mobilephone = d.pop("mobilephone", UNSET)

        fax = d.pop("fax", UNSET)

        allowlogin = d.pop("allowlogin", UNSET)

        username = d.pop("username", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        locationtime = d.pop("locationtime", UNSET)

        plan = d.pop("plan", UNSET)

        divisionid = d.pop("divisionid", UNSET)

        image = d.pop("image", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[Group] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = Group.from_dict(groups_item_data)

                groups.append(groups_item)

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = Role.from_dict(roles_item_data)

                roles.append(roles_item)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _teams = d.pop("teams", UNSET)
        teams: list[Team] | Unset = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = Team.from_dict(teams_item_data)

                teams.append(teams_item)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[ContactApifieldsItem] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = ContactApifieldsItem.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        contact = cls(
            id=id,
            name=name,
            firstname=firstname,
            lastname=lastname,
            type_=type_,
            companyid=companyid,
            companyname=companyname,
            email=email,
            title=title,
            workphone=workphone,
            mobilephone=mobilephone,
            fax=fax,
            allowlogin=allowlogin,
            username=username,
            latitude=latitude,
            longitude=longitude,
            locationtime=locationtime,
            plan=plan,
            divisionid=divisionid,
            image=image,
            lastmodified=lastmodified,
            groups=groups,
            roles=roles,
            tags=tags,
            teams=teams,
            apifields=apifields,
            address=address,
        )

        contact.additional_properties = d
        return contact

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
