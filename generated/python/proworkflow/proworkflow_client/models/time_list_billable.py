from enum import StrEnum


class TimeListBillable(StrEnum):
    ALL = "all"
    BILLABLE = "billable"
    NONBILLABLE = "nonbillable"

    def __str__(self) -> str:
        return str(self.value)
