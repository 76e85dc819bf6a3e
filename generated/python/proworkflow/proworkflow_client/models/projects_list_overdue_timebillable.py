from enum import StrEnum


class ProjectsListOverdueTimebillable(StrEnum):
    ALL = "all"
    BILLABLE = "billable"
    NONBILLABLE = "nonbillable"

    def __str__(self) -> str:
        return str(self.value)
