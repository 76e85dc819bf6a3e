from enum import StrEnum


class ContactTimeListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    PROJECTID = "projectid"
    TASKID = "taskid"

    def __str__(self) -> str:
        return str(self.value)
