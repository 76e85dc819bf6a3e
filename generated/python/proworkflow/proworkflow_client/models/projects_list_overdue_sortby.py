from enum import StrEnum


class ProjectsListOverdueSortby(StrEnum):
    CATEGORYNAME = "categoryname"
    COMPANYNAME = "companyname"
    COMPLETEDATE = "completedate"
    DUEDATE = "duedate"
    ID = "id"
    NUMBER = "number"
    PRIORITY = "priority"
    STARTDATE = "startdate"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
