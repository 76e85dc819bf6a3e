from enum import StrEnum


class ProjectsAdjustDatesBodyTaskdates(StrEnum):
    ALL = "all"
    DUE = "due"
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
