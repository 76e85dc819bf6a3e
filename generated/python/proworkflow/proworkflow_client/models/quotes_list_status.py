from enum import StrEnum


class QuotesListStatus(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    APPROVED = "approved"
    DECLINED = "declined"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
