from enum import StrEnum


class CompaniesListSortby(StrEnum):
    CODE = "code"
    ID = "id"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
