from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_has_comments import TaskHasComments
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment import Comment
    from ..models.project_user import ProjectUser
    from ..models.task_anyone import TaskAnyone
    from ..models.task_custom_value import TaskCustomValue
    from ..models.task_file import TaskFile
    from ..models.task_project import TaskProject
    from ..models.task_relations import TaskRelations
    from ..models.task_short_entry import TaskShortEntry
    from ..models.task_summary import TaskSummary
    from ..models.task_tag_map import TaskTagMap
    from ..models.task_unassigned import TaskUnassigned


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task or subtask, in full: every entry carries `id`, `name`, `page`, `status`, `priority`,
    `user_from`, `user_to`, `project` and `date_added` (the short entries that `get_task` lists under
    `child` are `TaskShortEntry`). `date_start`, `date_end`, `date_closed`, `time_start`,
    `time_end`, `max_time`, `max_money` and `tags` come only when set; `text`, `files`,
    `has_comments`/`comments`, `relations`, `child`, `subscribers` and `custom_fields` only when
    `extra` asks for them; `parent` only for a subtask, in the answers of `get_task`, `post_task` and
    `update_task` (presumed).

    Vendor-doc correction: output of the legacy v.05 admin API that a third-party Ruby client's README
    prints for get_all_tasks has tasks without `id` and `project` and people without `id`; the v2 API
    sends them all.

        Attributes:
            id (str): Id of the task, a string of digits.
            name (str): Name of the task.
            page (str): Link of a task inside the account: `/project/<project id>/<task id>/` for a task and
                `/project/<project id>/<parent id>/<subtask id>/` for a subtask. A sub-subtask is linked under its
                top-level task as well (`/project/<project id>/<top-level task id>/<sub-subtask id>/`), as recorded.
            status (TaskStatus): `active` (open) or `done` (completed).
            priority (str): A priority as the service returns it, `"0"` to `"10"`.
            user_from (ProjectUser): A person of the account (author, manager or team member).
            user_to (ProjectUser | TaskAnyone | TaskUnassigned): Who a task is assigned to: a person, or one of two markers
                told apart by their `email`: `NOONE`
                (not assigned, id "1") and `ANY` ("Anyone", id "2"). `anyOf` rather than `oneOf`, because the
                markers' ids are ordinary digit strings and only the e-mail format tells them from a person.
            project (TaskProject): The project a task belongs to, in short.
            date_added (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
            parent (TaskSummary | Unset): The short form of a task, as a parent or as the other end of a dependency.
            text (str | Unset): The description, plain text (`extra=text`) or HTML (`extra=html`); checklist items and
                mentions are part of it.
            date_start (str | Unset): A calendar date, `YYYY-MM-DD`.
            date_end (str | Unset): A calendar date, `YYYY-MM-DD`.
            date_closed (str | Unset): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone
                (presumed).
            time_start (str | Unset): A time of day, `HH:MM`.
            time_end (str | Unset): A time of day, `HH:MM`.
            max_time (float | Unset): Time estimate in hours, if set.
            max_money (float | Unset): Financial estimate in the account's currency, if set.
            tags (TaskTagMap | Unset): Names of a task's statuses and labels by tag id (ids are digit strings).
            files (list[TaskFile] | Unset): Files attached to the description; with `extra=files`.
            has_comments (TaskHasComments | Unset): 1 when the task has comments, else 0; recorded with `extra=comments`.
            comments (list[Comment] | Unset): The five newest comments, newest first; with `extra=comments`.
            relations (TaskRelations | Unset): Dependencies of a task: `from` the tasks it depends on, `to` the tasks that
                depend on it (each list only when not empty).
            subscribers (list[ProjectUser] | Unset): The people subscribed to the task; with `extra=subscribers`.
            child (list[Task | TaskShortEntry] | Unset): The subtasks, each with its own `child` one level further down (two
                levels at most); with `extra=subtasks`, when there are any. Full entries in get_all_tasks and get_tasks, short
                ones (`TaskShortEntry`) in get_task.
            custom_fields (list[TaskCustomValue] | Unset): Custom field values; with `extra=custom_fields` (get_task).
    """

    id: str
    name: str
    page: str
    status: TaskStatus
    priority: str
    user_from: ProjectUser
    user_to: ProjectUser | TaskAnyone | TaskUnassigned
    project: TaskProject
    date_added: str
    parent: TaskSummary | Unset = UNSET
    text: str | Unset = UNSET
    date_start: str | Unset = UNSET
    date_end: str | Unset = UNSET
    date_closed: str | Unset = UNSET
    time_start: str | Unset = UNSET
    time_end: str | Unset = UNSET
    max_time: float | Unset = UNSET
    max_money: float | Unset = UNSET
    tags: TaskTagMap | Unset = UNSET
    files: list[TaskFile] | Unset = UNSET
    has_comments: TaskHasComments | Unset = UNSET
    comments: list[Comment] | Unset = UNSET
    relations: TaskRelations | Unset = UNSET
    subscribers: list[ProjectUser] | Unset = UNSET
    child: list[Task | TaskShortEntry] | Unset = UNSET
    custom_fields: list[TaskCustomValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_anyone import TaskAnyone  # noqa: PLC0415
        from ..models.task_unassigned import TaskUnassigned  # noqa: PLC0415

        id = self.id

        name = self.name

        page = self.page

        status = self.status.value

        priority = self.priority

        user_from = self.user_from.to_dict()

        user_to: dict[str, Any]
        if isinstance(self.user_to, TaskUnassigned):
            user_to = self.user_to.to_dict()
        elif isinstance(self.user_to, TaskAnyone):
            user_to = self.user_to.to_dict()
        else:
            user_to = self.user_to.to_dict()

        project = self.project.to_dict()

        date_added = self.date_added

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        text = self.text

        date_start = self.date_start

        date_end = self.date_end

        date_closed = self.date_closed

        time_start = self.time_start

        time_end = self.time_end

        max_time = self.max_time

        max_money = self.max_money

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        has_comments: int | Unset = UNSET
        if not isinstance(self.has_comments, Unset):
            has_comments = self.has_comments.value

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        relations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = self.relations.to_dict()

        subscribers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribers, Unset):
            subscribers = []
            for subscribers_item_data in self.subscribers:
                subscribers_item = subscribers_item_data.to_dict()
                subscribers.append(subscribers_item)

        child: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child, Unset):
            child = []
            for child_item_data in self.child:
                child_item: dict[str, Any]
                if isinstance(child_item_data, Task):
                    child_item = child_item_data.to_dict()
                else:
                    child_item = child_item_data.to_dict()

                child.append(child_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "page": page,
                "status": status,
                "priority": priority,
                "user_from": user_from,
                "user_to": user_to,
                "project": project,
                "date_added": date_added,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent
        if text is not UNSET:
            field_dict["text"] = text
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if date_closed is not UNSET:
            field_dict["date_closed"] = date_closed
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if time_end is not UNSET:
            field_dict["time_end"] = time_end
        if max_time is not UNSET:
            field_dict["max_time"] = max_time
        if max_money is not UNSET:
            field_dict["max_money"] = max_money
        if tags is not UNSET:
            field_dict["tags"] = tags
        if files is not UNSET:
            field_dict["files"] = files
        if has_comments is not UNSET:
            field_dict["has_comments"] = has_comments
        if comments is not UNSET:
            field_dict["comments"] = comments
        if relations is not UNSET:
            field_dict["relations"] = relations
        if subscribers is not UNSET:
            field_dict["subscribers"] = subscribers
        if child is not UNSET:
            field_dict["child"] = child
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment import Comment  # noqa: PLC0415
        from ..models.project_user import ProjectUser  # noqa: PLC0415
        from ..models.task_anyone import TaskAnyone  # noqa: PLC0415
        from ..models.task_custom_value import TaskCustomValue  # noqa: PLC0415
        from ..models.task_file import TaskFile  # noqa: PLC0415
        from ..models.task_project import TaskProject  # noqa: PLC0415
        from ..models.task_relations import TaskRelations  # noqa: PLC0415
        from ..models.task_short_entry import TaskShortEntry  # noqa: PLC0415
        from ..models.task_summary import TaskSummary  # noqa: PLC0415
        from ..models.task_tag_map import TaskTagMap  # noqa: PLC0415
        from ..models.task_unassigned import TaskUnassigned  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        page = d.pop("page")

        status = TaskStatus(d.pop("status"))

        priority = d.pop("priority")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        def _parse_user_to(data: object) -> ProjectUser | TaskAnyone | TaskUnassigned:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_task_assignee_type_0 = TaskUnassigned.from_dict(data)

                return componentsschemas_task_assignee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_task_assignee_type_1 = TaskAnyone.from_dict(data)

                return componentsschemas_task_assignee_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_task_assignee_type_2 = ProjectUser.from_dict(data)

            return componentsschemas_task_assignee_type_2

        user_to = _parse_user_to(d.pop("user_to"))

        project = TaskProject.from_dict(d.pop("project"))

        date_added = d.pop("date_added")

        _parent = d.pop("parent", UNSET)
        parent: TaskSummary | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = TaskSummary.from_dict(_parent)

        text = d.pop("text", UNSET)

        date_start = d.pop("date_start", UNSET)

        date_end = d.pop("date_end", UNSET)

        date_closed = d.pop("date_closed", UNSET)

        time_start = d.pop("time_start", UNSET)

        time_end = d.pop("time_end", UNSET)

        max_time = d.pop("max_time", UNSET)

        max_money = d.pop("max_money", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: TaskTagMap | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = TaskTagMap.from_dict(_tags)

        _files = d.pop("files", UNSET)
        files: list[TaskFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = TaskFile.from_dict(files_item_data)

                files.append(files_item)

        _has_comments = d.pop("has_comments", UNSET)
        has_comments: TaskHasComments | Unset
        if isinstance(_has_comments, Unset):
            has_comments = UNSET
        else:
            has_comments = TaskHasComments(_has_comments)

        _comments = d.pop("comments", UNSET)
        comments: list[Comment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = Comment.from_dict(comments_item_data)

                comments.append(comments_item)

        _relations = d.pop("relations", UNSET)
        relations: TaskRelations | Unset
        if isinstance(_relations, Unset):
            relations = UNSET
        else:
            relations = TaskRelations.from_dict(_relations)

        _subscribers = d.pop("subscribers", UNSET)
        subscribers: list[ProjectUser] | Unset = UNSET
        if _subscribers is not UNSET:
            subscribers = []
            for subscribers_item_data in _subscribers:
                subscribers_item = ProjectUser.from_dict(subscribers_item_data)

                subscribers.append(subscribers_item)

        _child = d.pop("child", UNSET)
        child: list[Task | TaskShortEntry] | Unset = UNSET
        if _child is not UNSET:
            child = []
            for child_item_data in _child:

                def _parse_child_item(data: object) -> Task | TaskShortEntry:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_child_type_0 = Task.from_dict(data)

                        return componentsschemas_task_child_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_task_child_type_1 = TaskShortEntry.from_dict(data)

                    return componentsschemas_task_child_type_1

                child_item = _parse_child_item(child_item_data)

                child.append(child_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[TaskCustomValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = TaskCustomValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        task = cls(
            id=id,
            name=name,
            page=page,
            status=status,
            priority=priority,
            user_from=user_from,
            user_to=user_to,
            project=project,
            date_added=date_added,
            parent=parent,
            text=text,
            date_start=date_start,
            date_end=date_end,
            date_closed=date_closed,
            time_start=time_start,
            time_end=time_end,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
            files=files,
            has_comments=has_comments,
            comments=comments,
            relations=relations,
            subscribers=subscribers,
            child=child,
            custom_fields=custom_fields,
        )

        task.additional_properties = d
        return task

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
