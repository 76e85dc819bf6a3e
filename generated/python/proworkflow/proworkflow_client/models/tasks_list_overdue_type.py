from enum import StrEnum


class TasksListOverdueType(StrEnum):
    ALL = "all"
    BOLD = "bold"
    HEADING = "heading"
    NONHEADING = "nonheading"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
