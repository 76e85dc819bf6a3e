from enum import StrEnum


class CompaniesCreateBodyType(StrEnum):
    CLIENT = "client"
    CONTRACTOR = "contractor"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
