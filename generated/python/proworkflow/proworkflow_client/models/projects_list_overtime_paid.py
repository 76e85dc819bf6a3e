from enum import StrEnum


class ProjectsListOvertimePaid(StrEnum):
    ALL = "all"
    PAID = "paid"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
