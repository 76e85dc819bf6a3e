from enum import StrEnum


class CompanyProjectsListSortby(StrEnum):
    COMPLETEDATE = "completedate"
    DUEDATE = "duedate"
    ID = "id"
    NUMBER = "number"
    STARTDATE = "startdate"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
