from enum import StrEnum


class ContactProjectsListTimebillable(StrEnum):
    ALL = "all"
    BILLABLE = "billable"
    NONBILLABLE = "nonbillable"

    def __str__(self) -> str:
        return str(self.value)
