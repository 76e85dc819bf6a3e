from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="TasksUpdateBody")


@_attrs_define
class TasksUpdateBody:
    """Request body of tasksUpdate: only the properties sent change.

    Attributes:
        name (str | Unset): Task name.
        contacts (str | Unset): Task assignees as a comma string: contact ids and `me`, or `allstaff` (every staff
            contact), `all` (everyone on the project; all staff for a general task) or `none`. Never a JSON array (the
            service fails with HTTP 500 then).
        description (str | Unset): Description.
        priority (int | Unset): Priority, 1 (highest) to 5; 3 (normal) by default. Default: 3.
        billable (bool | Unset): Whether time on the task is billable. Default: True.
        taxable (bool | Unset): Whether the task is taxable. Default: True.
        timeallocated (int | Unset): Minutes allocated to the task. Default: 0.
        order (int | Literal['auto'] | Unset): Position in the project; `auto` (default) puts the task last.
        apifields (list[FieldValue] | Unset): API field values.
        startdate (Literal[''] | str | Unset): Start date; an empty string clears it.
        duedate (Literal[''] | str | Unset): Due date; an empty string clears it.
        categoryid (int | Unset): Task category (`/settings/tasks/categories`) a general task moves to; a project task
            has none, so sending it for one is refused (400). Vendor-doc correction: the catalog's task model marks
            `categoryid` as set on create only, while the same write-up's domain model lists it as writable; this document
            takes it as writable on general tasks.
        tagid (Literal[''] | str | Unset): Task tags (`/settings/tasks/tags`) the task carries from now on, comma-
            separated ids (they replace the task's tags); an empty string takes every tag off.
    """

    name: str | Unset = UNSET
    contacts: str | Unset = UNSET
    description: str | Unset = UNSET
    priority: int | Unset = 3
    billable: bool | Unset = True
    taxable: bool | Unset = True
    timeallocated: int | Unset = 0
    order: int | Literal["auto"] | Unset = UNSET
    apifields: list[FieldValue] | Unset = UNSET
    startdate: Literal[""] | str | Unset = UNSET
    duedate: Literal[""] | str | Unset = UNSET
    categoryid: int | Unset = UNSET
    tagid: Literal[""] | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contacts = self.contacts

        description = self.description

        priority = self.priority

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

        startdate: Literal[""] | str | Unset
        if isinstance(self.startdate, Unset):
            startdate = UNSET
        else:
            startdate = self.startdate

        duedate: Literal[""] | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        categoryid = self.categoryid

        tagid: Literal[""] | str | Unset
        if isinstance(self.tagid, Unset):
            tagid = UNSET
        else:
            tagid = self.tagid

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if description is not UNSET:
            field_dict["description"] = description
        if priority is not UNSET:
            field_dict["priority"] = priority
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
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if tagid is not UNSET:
            field_dict["tagid"] = tagid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        contacts = d.pop("contacts", UNSET)

        description = d.pop("description", UNSET)

        priority = d.pop("priority", UNSET)

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

        def _parse_startdate(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            startdate_type_1 = cast(Literal[""], data)
            if startdate_type_1 != "":
                raise ValueError(f"startdate_type_1 must match const '', got '{startdate_type_1}'")
            return startdate_type_1
            return cast(Literal[""] | str | Unset, data)

        startdate = _parse_startdate(d.pop("startdate", UNSET))

        def _parse_duedate(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            duedate_type_1 = cast(Literal[""], data)
            if duedate_type_1 != "":
                raise ValueError(f"duedate_type_1 must match const '', got '{duedate_type_1}'")
            return duedate_type_1
            return cast(Literal[""] | str | Unset, data)

        duedate = _parse_duedate(d.pop("duedate", UNSET))

        categoryid = d.pop("categoryid", UNSET)

        def _parse_tagid(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            tagid_type_1 = cast(Literal[""], data)
            if tagid_type_1 != "":
                raise ValueError(f"tagid_type_1 must match const '', got '{tagid_type_1}'")
            return tagid_type_1
            return cast(Literal[""] | str | Unset, data)

        tagid = _parse_tagid(d.pop("tagid", UNSET))

        tasks_update_body = cls(
            name=name,
            contacts=contacts,
            description=description,
            priority=priority,
            billable=billable,
            taxable=taxable,
            timeallocated=timeallocated,
            order=order,
            apifields=apifields,
            startdate=startdate,
            duedate=duedate,
            categoryid=categoryid,
            tagid=tagid,
        )

        return tasks_update_body
