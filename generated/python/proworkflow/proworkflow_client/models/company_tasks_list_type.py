from enum import StrEnum


class CompanyTasksListType(StrEnum):
    ALL = "all"
    BOLD = "bold"
    HEADING = "heading"
    NONHEADING = "nonheading"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
