from enum import StrEnum


class TaskTagGroupType(StrEnum):
    LABEL = "label"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
