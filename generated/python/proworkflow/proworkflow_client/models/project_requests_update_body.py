from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="ProjectRequestsUpdateBody")


@_attrs_define
class ProjectRequestsUpdateBody:
    """Request body of projectRequestsUpdate.

    Attributes:
        title (str | Unset): Title (cannot be emptied).
        apifields (list[FieldValue] | Unset): API field values as `{id, value}` objects.
        budget (float | Unset): Budget amount.
        customfields (list[FieldValue] | Unset): Project custom field values as `{id, value}` objects (Advanced plan).
        description (str | Unset): Description.
        duedate (Literal[''] | str | Unset): Due date (absolute or relative); an empty string clears it.
        startdate (Literal[''] | str | Unset): Start date (absolute or relative); an empty string clears it.
    """

    title: str | Unset = UNSET
    apifields: list[FieldValue] | Unset = UNSET
    budget: float | Unset = UNSET
    customfields: list[FieldValue] | Unset = UNSET
    description: str | Unset = UNSET
    duedate: Literal[""] | str | Unset = UNSET
    startdate: Literal[""] | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        budget = self.budget

        customfields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customfields, Unset):
            customfields = []
            for customfields_item_data in self.customfields:
                customfields_item = customfields_item_data.to_dict()
                customfields.append(customfields_item)

        description = self.description

        duedate: Literal[""] | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        startdate: Literal[""] | str | Unset
        if isinstance(self.startdate, Unset):
            startdate = UNSET
        else:
            startdate = self.startdate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if budget is not UNSET:
            field_dict["budget"] = budget
        if customfields is not UNSET:
            field_dict["customfields"] = customfields
        if description is not UNSET:
            field_dict["description"] = description
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if startdate is not UNSET:
            field_dict["startdate"] = startdate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[FieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = FieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        budget = d.pop("budget", UNSET)

        _customfields = d.pop("customfields", UNSET)
        customfields: list[FieldValue] | Unset = UNSET
        if _customfields is not UNSET:
            customfields = []
            for customfields_item_data in _customfields:
                customfields_item = FieldValue.from_dict(customfields_item_data)

                customfields.append(customfields_item)

        description = d.pop("description", UNSET)

        def _parse_duedate(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            duedate_type_1 = cast(Literal[""], data)
            if duedate_type_1 != "":
                raise ValueError(f"duedate_type_1 must match const '', got '{duedate_type_1}'")
            return duedate_type_1
            return cast(Literal[""] | str | Unset, data)

        duedate = _parse_duedate(d.pop("duedate", UNSET))

        def _parse_startdate(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            startdate_type_1 = cast(Literal[""], data)
            if startdate_type_1 != "":
                raise ValueError(f"startdate_type_1 must match const '', got '{startdate_type_1}'")
            return startdate_type_1
            return cast(Literal[""] | str | Unset, data)

        startdate = _parse_startdate(d.pop("startdate", UNSET))

        project_requests_update_body = cls(
            title=title,
            apifields=apifields,
            budget=budget,
            customfields=customfields,
            description=description,
            duedate=duedate,
            startdate=startdate,
        )

        return project_requests_update_body
