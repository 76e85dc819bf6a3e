from enum import StrEnum


class TaskActiveFilter(StrEnum):
    ACTIVE = "active"

    def __str__(self) -> str:
        return str(self.value)
