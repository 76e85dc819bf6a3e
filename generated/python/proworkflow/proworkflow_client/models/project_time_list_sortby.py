from enum import StrEnum


class ProjectTimeListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    PROJECTID = "projectid"
    TASKID = "taskid"

    def __str__(self) -> str:
        return str(self.value)
