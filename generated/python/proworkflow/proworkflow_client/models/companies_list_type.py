from enum import StrEnum


class CompaniesListType(StrEnum):
    CLIENT = "client"
    CONTRACTOR = "contractor"
    OTHER = "other"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
