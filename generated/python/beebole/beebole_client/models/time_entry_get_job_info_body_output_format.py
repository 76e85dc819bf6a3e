from enum import StrEnum


class TimeEntryGetJobInfoBodyOutputFormat(StrEnum):
    ARRAY = "array"

    def __str__(self) -> str:
        return str(self.value)
