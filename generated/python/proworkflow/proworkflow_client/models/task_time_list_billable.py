from enum import StrEnum


class TaskTimeListBillable(StrEnum):
    ALL = "all"
    BILLABLE = "billable"
    NONBILLABLE = "nonbillable"

    def __str__(self) -> str:
        return str(self.value)
