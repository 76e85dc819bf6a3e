from enum import StrEnum


class QuoteLinesListAllSortby(StrEnum):
    DISPLAYORDER = "displayorder"
    ID = "id"
    QUOTEID = "quoteid"

    def __str__(self) -> str:
        return str(self.value)
