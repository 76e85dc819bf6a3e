from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="TasksCreateBody")


@_attrs_define
class TasksCreateBody:
    """Request body of tasksCreate: a name (or a template) and a project or category.

    Attributes:
        name (str | Unset): Task name.
        projectid (int | Unset): Project of a project task.
        categoryid (int | Unset): Task category of a general task (a task outside projects).
        templateid (int | Unset): Task template (`/settings/tasks/templates`) to apply in place of a single task. One
            task is added per task of the template, in its order, each with that task's name and settings; the body's own
            values win and go to every one of them. A template without tasks is refused (400).
        tagid (None | str | Unset): Task tags (`/settings/tasks/tags`) the task carries, comma-separated ids.
        contacts (None | str | Unset): Assignees (a comma string, never a JSON array); `me` by default.
        description (None | str | Unset): Description.
        priority (int | None | Unset): Priority, 1 (highest) to 5; 3 (normal) by default (or the template's).
        startdate (None | str | Unset): Start date, absolute or relative (`+0d`).
        duedate (None | str | Unset): Due date, absolute or relative (`+1w`).
        completedate (None | str | Unset): Completion date: the task is created already complete.
        billable (bool | None | Unset): Whether time on the task is billable (true by default, or the template's).
        taxable (bool | None | Unset): Whether the task is taxable (true by default, or the template's).
        timeallocated (int | None | Unset): Minutes allocated to the task (0 by default, or the template's).
        order (int | Literal['auto'] | None | Unset): Position in the project; `auto` (default) puts the task last.
        apifields (list[FieldValue] | None | Unset): API field values.
    """

    name: str | Unset = UNSET
    projectid: int | Unset = UNSET
    categoryid: int | Unset = UNSET
    templateid: int | Unset = UNSET
    tagid: None | str | Unset = UNSET
    contacts: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    startdate: None | str | Unset = UNSET
    duedate: None | str | Unset = UNSET
    completedate: None | str | Unset = UNSET
    billable: bool | None | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    timeallocated: int | None | Unset = UNSET
    order: int | Literal["auto"] | None | Unset = UNSET
    apifields: list[FieldValue] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        projectid = self.projectid

        categoryid = self.categoryid

        templateid = self.templateid

        tagid: None | str | Unset
        if isinstance(self.tagid, Unset):
            tagid = UNSET
        else:
            tagid = self.tagid

        contacts: None | str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        else:
            contacts = self.contacts

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        startdate: None | str | Unset
        if isinstance(self.startdate, Unset):
            startdate = UNSET
        else:
            startdate = self.startdate

        duedate: None | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        completedate: None | str | Unset
        if isinstance(self.completedate, Unset):
            completedate = UNSET
        else:
            completedate = self.completedate

        billable: bool | None | Unset
        if isinstance(self.billable, Unset):
            billable = UNSET
        else:
            billable = self.billable

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        timeallocated: int | None | Unset
        if isinstance(self.timeallocated, Unset):
            timeallocated = UNSET
        else:
            timeallocated = self.timeallocated

        order: int | Literal["auto"] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if templateid is not UNSET:
            field_dict["templateid"] = templateid
        if tagid is not UNSET:
            field_dict["tagid"] = tagid
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

        projectid = d.pop("projectid", UNSET)

        categoryid = d.pop("categoryid", UNSET)

        templateid = d.pop("templateid", UNSET)

        def _parse_tagid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tagid = _parse_tagid(d.pop("tagid", UNSET))

        def _parse_contacts(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_startdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        startdate = _parse_startdate(d.pop("startdate", UNSET))

        def _parse_duedate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duedate = _parse_duedate(d.pop("duedate", UNSET))

        def _parse_completedate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completedate = _parse_completedate(d.pop("completedate", UNSET))

        def _parse_billable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        billable = _parse_billable(d.pop("billable", UNSET))

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        def _parse_timeallocated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeallocated = _parse_timeallocated(d.pop("timeallocated", UNSET))

        def _parse_order(data: object) -> int | Literal["auto"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            order_type_0_type_1 = cast(Literal["auto"], data)
            if order_type_0_type_1 != "auto":
                raise ValueError(f"order_type_0_type_1 must match const 'auto', got '{order_type_0_type_1}'")
            return order_type_0_type_1
            return cast(int | Literal["auto"] | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

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

        tasks_create_body = cls(
            name=name,
            projectid=projectid,
            categoryid=categoryid,
            templateid=templateid,
            tagid=tagid,
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

        return tasks_create_body
