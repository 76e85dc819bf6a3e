from enum import StrEnum


class TimeEntryExportBodyOutputFormat(StrEnum):
    ARRAY = "array"

    def __str__(self) -> str:
        return str(self.value)
