from enum import StrEnum


class CompanyInvoicesListSortby(StrEnum):
    ID = "id"
    NUMBER = "number"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
