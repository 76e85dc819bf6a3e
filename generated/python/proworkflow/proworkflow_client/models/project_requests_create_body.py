from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="ProjectRequestsCreateBody")


@_attrs_define
class ProjectRequestsCreateBody:
    """Request body of projectRequestsCreate.

    Attributes:
        title (str): Title.
        apifields (list[FieldValue] | Unset): API field values as `{id, value}` objects.
        budget (float | Unset): Budget amount.
        contactid (int | Unset): Contact id.
        customfields (list[FieldValue] | Unset): Project custom field values as `{id, value}` objects (Advanced plan).
        customformcontent (str | Unset): Custom form content.
        customformtitle (str | Unset): Custom form title.
        description (str | Unset): Description.
        divisionid (int | Unset): Division to submit to (Advanced plan).
        duedate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        groupid (int | Unset): Group ids, comma-separated.
        startdate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        templateid (int | Unset): Project template id (Advanced plan); values sent override the template.
    """

    title: str
    apifields: list[FieldValue] | Unset = UNSET
    budget: float | Unset = UNSET
    contactid: int | Unset = UNSET
    customfields: list[FieldValue] | Unset = UNSET
    customformcontent: str | Unset = UNSET
    customformtitle: str | Unset = UNSET
    description: str | Unset = UNSET
    divisionid: int | Unset = UNSET
    duedate: str | Unset = UNSET
    groupid: int | Unset = UNSET
    startdate: str | Unset = UNSET
    templateid: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        budget = self.budget

        contactid = self.contactid

        customfields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customfields, Unset):
            customfields = []
            for customfields_item_data in self.customfields:
                customfields_item = customfields_item_data.to_dict()
                customfields.append(customfields_item)

        customformcontent = self.customformcontent

        customformtitle = self.customformtitle

        description = self.description

        divisionid = self.divisionid

        duedate = self.duedate

        groupid = self.groupid

        startdate = self.startdate

        templateid = self.templateid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if budget is not UNSET:
            field_dict["budget"] = budget
        if contactid is not UNSET:
            field_dict["contactid"] = contactid
        if customfields is not UNSET:
            field_dict["customfields"] = customfields
        if customformcontent is not UNSET:
            field_dict["customformcontent"] = customformcontent
        if customformtitle is not UNSET:
            field_dict["customformtitle"] = customformtitle
        if description is not UNSET:
            field_dict["description"] = description
        if divisionid is not UNSET:
            field_dict["divisionid"] = divisionid
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if templateid is not UNSET:
            field_dict["templateid"] = templateid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        _apifields = d.pop("apifields", UNSET)
        apifields: list[FieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = FieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        budget = d.pop("budget", UNSET)

        contactid = d.pop("contactid", UNSET)

        _customfields = d.pop("customfields", UNSET)
        customfields: list[FieldValue] | Unset = UNSET
        if _customfields is not UNSET:
            customfields = []
            for customfields_item_data in _customfields:
                customfields_item = FieldValue.from_dict(customfields_item_data)

                customfields.append(customfields_item)

        customformcontent = d.pop("customformcontent", UNSET)

        customformtitle = d.pop("customformtitle", UNSET)

        description = d.pop("description", UNSET)

        divisionid = d.pop("divisionid", UNSET)

        duedate = d.pop("duedate", UNSET)

        groupid = d.pop("groupid", UNSET)

        startdate = d.pop("startdate", UNSET)

        templateid = d.pop("templateid", UNSET)

        project_requests_create_body = cls(
            title=title,
            apifields=apifields,
            budget=budget,
            contactid=contactid,
            customfields=customfields,
            customformcontent=customformcontent,
            customformtitle=customformtitle,
            description=description,
            divisionid=divisionid,
            duedate=duedate,
            groupid=groupid,
            startdate=startdate,
            templateid=templateid,
        )

        return project_requests_create_body
