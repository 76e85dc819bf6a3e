from enum import StrEnum


class CompanyTimeListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    PROJECTID = "projectid"
    TASKID = "taskid"

    def __str__(self) -> str:
        return str(self.value)
