from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="ProjectTasksCreateBody")


@_attrs_define
class ProjectTasksCreateBody:
    """Request body of projectTasksCreate (the project comes from the path).

    Attributes:
        name (str | Unset): Task name.
        templateid (int | Unset): Task template whose name and settings the task takes (the body's own values win).
        contacts (str | Unset): Task assignees as a comma string: contact ids and `me`, or `allstaff` (every staff
            contact), `all` (everyone on the project; all staff for a general task) or `none`. Never a JSON array (the
            service fails with HTTP 500 then).
        description (str | Unset): Description.
        priority (int | Unset): Priority, 1 (highest) to 5; 3 (normal) by default. Default: 3.
        startdate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        duedate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        completedate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a
            unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        billable (bool | Unset): Whether time on the task is billable. Default: True.
        taxable (bool | Unset): Whether the task is taxable. Default: True.
        timeallocated (int | Unset): Minutes allocated to the task. Default: 0.
        order (int | Literal['auto'] | Unset): Position in the project; `auto` (default) puts the task last.
        apifields (list[FieldValue] | Unset): API field values.
    """

    name: str | Unset = UNSET
    templateid: int | Unset = UNSET
    contacts: str | Unset = UNSET
    description: str | Unset = UNSET
    priority: int | Unset = 3
    startdate: str | Unset = UNSET
    duedate: str | Unset = UNSET
    completedate: str | Unset = UNSET
    billable: bool | Unset = True
    taxable: bool | Unset = True
    timeallocated: int | Unset = 0
    order: int | Literal["auto"] | Unset = UNSET
    apifields: list[FieldValue] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        templateid = self.templateid

        contacts = self.contacts

        description = self.description

        priority = self.priority

        startdate = self.startdate

        duedate = self.duedate

        completedate = self.completedate

        billable = self.billable

        taxable = self.taxable

        timeallocated = self.timeallocated

        order: int | Literal["auto"] | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if templateid is not UNSET:
            field_dict["templateid"] = templateid
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if description is not UNSET:
            field_dict["description"] = description
        if priority is not UNSET:
            field_dict["priority"] = priority
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if completedate is not UNSET:
            field_dict["completedate"] = completedate
        if billable is not UNSET:
            field_dict["billable"] = billable
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if timeallocated is not UNSET:
            field_dict["timeallocated"] = timeallocated
        if order is not UNSET:
            field_dict["order"] = order
        if apifields is not UNSET:
            field_dict["apifields"] = apifields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        templateid = d.pop("templateid", UNSET)

        contacts = d.pop("contacts", UNSET)

        description = d.pop("description", UNSET)

        priority = d.pop("priority", UNSET)

        startdate = d.pop("startdate", UNSET)

        duedate = d.pop("duedate", UNSET)

        completedate = d.pop("completedate", UNSET)

        billable = d.pop("billable", UNSET)

        taxable = d.pop("taxable", UNSET)

        timeallocated = d.pop("timeallocated", UNSET)

        def _parse_order(data: object) -> int | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            order_type_1 = cast(Literal["auto"], data)
            if order_type_1 != "auto":
                raise ValueError(f"order_type_1 must match const 'auto', got '{order_type_1}'")
            return order_type_1
            return cast(int | Literal["auto"] | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        _apifields = d.pop("apifields", UNSET)
        apifields: list[FieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = FieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        project_tasks_create_body = cls(
            name=name,
            templateid=templateid,
            contacts=contacts,
            description=description,
            priority=priority,
            startdate=startdate,
            duedate=duedate,
            completedate=completedate,
            billable=billable,
            taxable=taxable,
            timeallocated=timeallocated,
            order=order,
            apifields=apifields,
        )

        return project_tasks_create_body
