from enum import StrEnum


class CostTaskStatus(StrEnum):
    ACTIVE = "active"
    DONE = "done"

    def __str__(self) -> str:
        return str(self.value)
