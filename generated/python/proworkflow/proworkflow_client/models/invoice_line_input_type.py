from enum import StrEnum


class InvoiceLineInputType(StrEnum):
    EXPENSE = "expense"
    HEADING = "heading"
    LINEITEM = "lineitem"
    STAFFRATE = "staffrate"
    TASKRATE = "taskrate"

    def __str__(self) -> str:
        return str(self.value)
