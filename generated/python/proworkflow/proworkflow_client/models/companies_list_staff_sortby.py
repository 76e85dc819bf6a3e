from enum import StrEnum


class CompaniesListStaffSortby(StrEnum):
    CODE = "code"
    ID = "id"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
