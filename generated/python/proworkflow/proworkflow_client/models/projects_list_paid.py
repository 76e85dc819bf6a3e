from enum import StrEnum


class ProjectsListPaid(StrEnum):
    ALL = "all"
    PAID = "paid"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
