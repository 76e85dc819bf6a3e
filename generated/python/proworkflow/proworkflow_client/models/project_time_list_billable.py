from enum import StrEnum


class ProjectTimeListBillable(StrEnum):
    ALL = "all"
    BILLABLE = "billable"
    NONBILLABLE = "nonbillable"

    def __str__(self) -> str:
        return str(self.value)
