from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="ContactsUpdateBody")


@_attrs_define
class ContactsUpdateBody:
    """Request body of contactsUpdate.

    Attributes:
        addprojectrequest (bool | Unset): Permission to submit project requests.
        address1 (str | Unset): First address line.
        address2 (str | Unset): Second address line.
        address3 (str | Unset): Third address line.
        allowlogin (bool | Unset): Grant (`true`) or deny (`false`) login access.
        apifields (list[FieldValue] | Unset): API field values as `{id, value}` objects.
        city (str | Unset): City.
        companyid (int | Unset): companyid.
        country (str | Unset): Country.
        email (str | Unset): E-mail address.
        facebook (str | Unset): Facebook page address.
        fax (str | Unset): Fax number.
        firstname (str | Unset): First name.
        groupid (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids
            mean "any of them".
        imagecontent (str | Unset): Base64 PNG image, 80x80 pixels, at most 100 KB; ignored on batch creates.
        lastname (str | Unset): Last name.
        linkedin (str | Unset): LinkedIn page address.
        mobilephone (str | Unset): Mobile phone number.
        password (str | Unset): Login password.
        roleid (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids
            mean "any of them".
        state (str | Unset): State or region.
        tagid (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids
            mean "any of them".
        title (str | Unset): Title.
        twitter (str | Unset): Twitter page address.
        username (str | Unset): Login name.
        viewallcompanyprojects (bool | Unset): Permission to see every project of the company.
        viewallprojecttasks (bool | Unset): Permission to see every task of visible projects.
        viewarchivedprojects (bool | Unset): Permission to see archived projects.
        viewcalendar (bool | Unset): Permission to see the calendar.
        viewquotesandinvoices (bool | Unset): Permission to see quotes and invoices.
        viewtimeinformation (bool | Unset): Permission to see time information.
        viewtimeline (bool | Unset): Permission to see the timeline.
        workphone (str | Unset): Work phone number.
        zipcode (str | Unset): Postal code.
    """

    addprojectrequest: bool | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    allowlogin: bool | Unset = UNSET
    apifields: list[FieldValue] | Unset = UNSET
    city: str | Unset = UNSET
    companyid: int | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    facebook: str | Unset = UNSET
    fax: str | Unset = UNSET
    firstname: str | Unset = UNSET
    groupid: str | Unset = UNSET
    imagecontent: str | Unset = UNSET
    lastname: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    mobilephone: str | Unset = UNSET
    password: str | Unset = UNSET
    roleid: str | Unset = UNSET
    state: str | Unset = UNSET
    tagid: str | Unset = UNSET
    title: str | Unset = UNSET
    twitter: str | Unset = UNSET
    username: str | Unset = UNSET
    viewallcompanyprojects: bool | Unset = UNSET
    viewallprojecttasks: bool | Unset = UNSET
    viewarchivedprojects: bool | Unset = UNSET
    viewcalendar: bool | Unset = UNSET
    viewquotesandinvoices: bool | Unset = UNSET
    viewtimeinformation: bool | Unset = UNSET
    viewtimeline: bool | Unset = UNSET
    workphone: str | Unset = UNSET
    zipcode: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        addprojectrequest = self.addprojectrequest

        address1 = self.address1

        address2 = self.address2

        address3 = self.address3

        allowlogin = self.allowlogin

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        city = self.city

        companyid = self.companyid

        country = self.country

        email = self.email

        facebook = self.facebook

        fax = self.fax

        firstname = self.firstname

        groupid = self.groupid

        imagecontent = self.imagecontent

        lastname = self.lastname

        linkedin = self.linkedin

        mobilephone = self.mobilephone

        password = self.password

        roleid = self.roleid

        state = self.state

        tagid = self.tagid

        title = self.title

        twitter = self.twitter

        username = self.username

        viewallcompanyprojects = self.viewallcompanyprojects

        viewallprojecttasks = self.viewallprojecttasks

        viewarchivedprojects = self.viewarchivedprojects

        viewcalendar = self.viewcalendar

        viewquotesandinvoices = self.viewquotesandinvoices

        viewtimeinformation = self.viewtimeinformation

        viewtimeline = self.viewtimeline

        workphone = self.workphone

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if addprojectrequest is not UNSET:
            field_dict["addprojectrequest"] = addprojectrequest
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if allowlogin is not UNSET:
            field_dict["allowlogin"] = allowlogin
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if city is not UNSET:
            field_dict["city"] = city
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if fax is not UNSET:
            field_dict["fax"] = fax
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if imagecontent is not UNSET:
            field_dict["imagecontent"] = imagecontent
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if mobilephone is not UNSET:
            field_dict["mobilephone"] = mobilephone
        if password is not UNSET:
            field_dict["password"] = password
        if roleid is not UNSET:
            field_dict["roleid"] = roleid
        if state is not UNSET:
            field_dict["state"] = state
        if tagid is not UNSET:
            field_dict["tagid"] = tagid
        if title is not UNSET:
            field_dict["title"] = title
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if username is not UNSET:
            field_dict["username"] = username
        if viewallcompanyprojects is not UNSET:
            field_dict["viewallcompanyprojects"] = viewallcompanyprojects
        if viewallprojecttasks is not UNSET:
            field_dict["viewallprojecttasks"] = viewallprojecttasks
        if viewarchivedprojects is not UNSET:
            field_dict["viewarchivedprojects"] = viewarchivedprojects
        if viewcalendar is not UNSET:
            field_dict["viewcalendar"] = viewcalendar
        if viewquotesandinvoices is not UNSET:
            field_dict["viewquotesandinvoices"] = viewquotesandinvoices
        if viewtimeinformation is not UNSET:
            field_dict["viewtimeinformation"] = viewtimeinformation
        if viewtimeline is not UNSET:
            field_dict["viewtimeline"] = viewtimeline
        if workphone is not UNSET:
            field_dict["workphone"] = workphone
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        addprojectrequest = d.pop("addprojectrequest", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address3 = d.pop("address3", UNSET)

        allowlogin = d.pop("allowlogin", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[FieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = FieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        city = d.pop("city", UNSET)

        companyid = d.pop("companyid", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        facebook = d.pop("facebook", UNSET)

        fax = d.pop("fax", UNSET)

        firstname = d.pop("firstname", UNSET)

        groupid = d.pop("groupid", UNSET)

        imagecontent = d.pop("imagecontent", UNSET)

        lastname = d.pop("lastname", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        mobilephone = d.pop("mobilephone", UNSET)

        password = d.pop("password", UNSET)

        roleid = d.pop("roleid", UNSET)

        state = d.pop("state", UNSET)

        tagid = d.pop("tagid", UNSET)

        title = d.pop("title", UNSET)

        twitter = d.pop("twitter", UNSET)

        username = d.pop("username", UNSET)

        viewallcompanyprojects = d.pop("viewallcompanyprojects", UNSET)

        viewallprojecttasks = d.pop("viewallprojecttasks", UNSET)

        viewarchivedprojects = d.pop("viewarchivedprojects", UNSET)

        viewcalendar = d.pop("viewcalendar", UNSET)

        viewquotesandinvoices = d.pop("viewquotesandinvoices", UNSET)

        viewtimeinformation = d.pop("viewtimeinformation", UNSET)

        viewtimeline = d.pop("viewtimeline", UNSET)

        workphone = d.pop("workphone", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        contacts_update_body = cls(
            addprojectrequest=addprojectrequest,
            address1=address1,
            address2=address2,
            address3=address3,
            allowlogin=allowlogin,
            apifields=apifields,
            city=city,
            companyid=companyid,
            country=country,
            email=email,
            facebook=facebook,
            fax=fax,
            firstname=firstname,
            groupid=groupid,
            imagecontent=imagecontent,
            lastname=lastname,
            linkedin=linkedin,
            mobilephone=mobilephone,
            password=password,
            roleid=roleid,
            state=state,
            tagid=tagid,
            title=title,
            twitter=twitter,
            username=username,
            viewallcompanyprojects=viewallcompanyprojects,
            viewallprojecttasks=viewallprojecttasks,
            viewarchivedprojects=viewarchivedprojects,
            viewcalendar=viewcalendar,
            viewquotesandinvoices=viewquotesandinvoices,
            viewtimeinformation=viewtimeinformation,
            viewtimeline=viewtimeline,
            workphone=workphone,
            zipcode=zipcode,
        )

        return contacts_update_body
