from enum import StrEnum


class ProjectRequestsListSortby(StrEnum):
    COMPANYID = "companyid"
    DUEDATE = "duedate"
    ID = "id"
    STARTDATE = "startdate"
    SUBMITTEDDATE = "submitteddate"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
