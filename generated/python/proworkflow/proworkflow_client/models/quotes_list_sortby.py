from enum import StrEnum


class QuotesListSortby(StrEnum):
    COMPANYNAME = "companyname"
    ID = "id"
    NUMBER = "number"
    QUOTEDDATE = "quoteddate"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
