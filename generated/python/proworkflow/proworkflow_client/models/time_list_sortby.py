from enum import StrEnum


class TimeListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    PROJECTID = "projectid"
    TASKID = "taskid"

    def __str__(self) -> str:
        return str(self.value)
