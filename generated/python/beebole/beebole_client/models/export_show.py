from enum import StrEnum


class ExportShow(StrEnum):
    ABS = "abs"
    ALL = "all"
    QUOTA = "quota"
    WORK = "work"

    def __str__(self) -> str:
        return str(self.value)
