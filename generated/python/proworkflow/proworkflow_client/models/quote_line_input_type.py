from enum import StrEnum


class QuoteLineInputType(StrEnum):
    HEADING = "heading"
    LINEITEM = "lineitem"
    STAFFRATE = "staffrate"
    TASKRATE = "taskrate"

    def __str__(self) -> str:
        return str(self.value)
