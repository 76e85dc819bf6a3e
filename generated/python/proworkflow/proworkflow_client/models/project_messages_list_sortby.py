from enum import StrEnum


class ProjectMessagesListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    ORIGINALMESSAGEID = "originalmessageid"
    PROJECTID = "projectid"
    TASKID = "taskid"

    def __str__(self) -> str:
        return str(self.value)
