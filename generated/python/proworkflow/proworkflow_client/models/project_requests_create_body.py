from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        apifields (list[FieldValue] | None | Unset): API field values as `{id, value}` objects.
        budget (float | None | Unset): Budget amount.
        contactid (int | None | Unset): Contact id.
        customfields (list[FieldValue] | None | Unset): Project custom field values as `{id, value}` objects (Advanced
            plan).
        customformcontent (None | str | Unset): Custom form content.
        customformtitle (None | str | Unset): Custom form title.
        description (None | str | Unset): Description.
        divisionid (int | None | Unset): Division to submit to (Advanced plan).
        duedate (None | str | Unset): Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
        groupid (int | None | Unset): Group ids, comma-separated.
        startdate (None | str | Unset): Start date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
        templateid (int | None | Unset): Project template id (Advanced plan); values sent override the template.
    """

    title: str
    apifields: list[FieldValue] | None | Unset = UNSET
    budget: float | None | Unset = UNSET
    contactid: int | None | Unset = UNSET
    customfields: list[FieldValue] | None | Unset = UNSET
    customformcontent: None | str | Unset = UNSET
    customformtitle: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    divisionid: int | None | Unset = UNSET
    duedate: None | str | Unset = UNSET
    groupid: int | None | Unset = UNSET
    startdate: None | str | Unset = UNSET
    templateid: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        apifields: list[dict[str, Any]] | None | Unset
        if isinstance(self.apifields, Unset):
            apifields = UNSET
        elif isinstance(self.apifields, list):
            apifields = []
            for apifields_type_0_item_data in self.apifields:
                apifields_type_0_item = apifields_type_0_item_data.to_dict()
                apifields.append(apifields_type_0_item)

        else:
            apifields = self.apifields

        budget: float | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        else:
            budget = self.budget

        contactid: int | None | Unset
        if isinstance(self.contactid, Unset):
            contactid = UNSET
        else:
            contactid = self.contactid

        customfields: list[dict[str, Any]] | None | Unset
        if isinstance(self.customfields, Unset):
            customfields = UNSET
        elif isinstance(self.customfields, list):
            customfields = []
            for customfields_type_0_item_data in self.customfields:
                customfields_type_0_item = customfields_type_0_item_data.to_dict()
                customfields.append(customfields_type_0_item)

        else:
            customfields = self.customfields

        customformcontent: None | str | Unset
        if isinstance(self.customformcontent, Unset):
            customformcontent = UNSET
        else:
            customformcontent = self.customformcontent

        customformtitle: None | str | Unset
        if isinstance(self.customformtitle, Unset):
            customformtitle = UNSET
        else:
            customformtitle = self.customformtitle

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        divisionid: int | None | Unset
        if isinstance(self.divisionid, Unset):
            divisionid = UNSET
        else:
            divisionid = self.divisionid

        duedate: None | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        groupid: int | None | Unset
        if isinstance(self.groupid, Unset):
            groupid = UNSET
        else:
            groupid = self.groupid

        startdate: None | str | Unset
        if isinstance(self.startdate, Unset):
            startdate = UNSET
        else:
            startdate = self.startdate

        templateid: int | None | Unset
        if isinstance(self.templateid, Unset):
            templateid = UNSET
        else:
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

        def _parse_apifields(data: object) -> list[FieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                apifields_type_0 = []
                _apifields_type_0 = data
                for apifields_type_0_item_data in _apifields_type_0:
                    apifields_type_0_item = FieldValue.from_dict(apifields_type_0_item_data)

                    apifields_type_0.append(apifields_type_0_item)

                return apifields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldValue] | None | Unset, data)

        apifields = _parse_apifields(d.pop("apifields", UNSET))

        def _parse_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        def _parse_contactid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contactid = _parse_contactid(d.pop("contactid", UNSET))

        def _parse_customfields(data: object) -> list[FieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customfields_type_0 = []
                _customfields_type_0 = data
                for customfields_type_0_item_data in _customfields_type_0:
                    customfields_type_0_item = FieldValue.from_dict(customfields_type_0_item_data)

                    customfields_type_0.append(customfields_type_0_item)

                return customfields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldValue] | None | Unset, data)

        customfields = _parse_customfields(d.pop("customfields", UNSET))

        def _parse_customformcontent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customformcontent = _parse_customformcontent(d.pop("customformcontent", UNSET))

        def _parse_customformtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customformtitle = _parse_customformtitle(d.pop("customformtitle", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_divisionid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        divisionid = _parse_divisionid(d.pop("divisionid", UNSET))

        def _parse_duedate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duedate = _parse_duedate(d.pop("duedate", UNSET))

        def _parse_groupid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        groupid = _parse_groupid(d.pop("groupid", UNSET))

        def _parse_startdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        startdate = _parse_startdate(d.pop("startdate", UNSET))

        def _parse_templateid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        templateid = _parse_templateid(d.pop("templateid", UNSET))

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
