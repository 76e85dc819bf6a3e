from enum import StrEnum


class InvoiceLinesCreateBodyType(StrEnum):
    EXPENSE = "expense"
    HEADING = "heading"
    LINEITEM = "lineitem"
    STAFFRATE = "staffrate"
    TASKRATE = "taskrate"

    def __str__(self) -> str:
        return str(self.value)
