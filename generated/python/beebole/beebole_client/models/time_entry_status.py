from enum import StrEnum


class TimeEntryStatus(StrEnum):
    A = "a"
    D = "d"
    L = "l"
    R = "r"
    S = "s"

    def __str__(self) -> str:
        return str(self.value)
