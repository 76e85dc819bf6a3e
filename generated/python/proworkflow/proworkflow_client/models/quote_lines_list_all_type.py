from enum import StrEnum


class QuoteLinesListAllType(StrEnum):
    ALL = "all"
    HEADING = "heading"
    LINEITEM = "lineitem"
    STAFFRATE = "staffrate"
    TASKRATE = "taskrate"

    def __str__(self) -> str:
        return str(self.value)
