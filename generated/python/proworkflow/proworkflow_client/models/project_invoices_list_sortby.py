from enum import StrEnum


class ProjectInvoicesListSortby(StrEnum):
    COMPANYNAME = "companyname"
    DUEDATE = "duedate"
    ID = "id"
    INVOICEDDATE = "invoiceddate"
    NUMBER = "number"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
