from enum import StrEnum


class TasksListSortby(StrEnum):
    COMPLETEDATE = "completedate"
    DUEDATE = "duedate"
    ID = "id"
    NAME = "name"
    ORDER = "order"
    PROJECTID = "projectid"
    PROJECTNUMBER = "projectnumber"
    PROJECTTITLE = "projecttitle"
    STARTDATE = "startdate"

    def __str__(self) -> str:
        return str(self.value)
