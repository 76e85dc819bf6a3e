from enum import StrEnum


class CompanyQuotesListStatus(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    APPROVED = "approved"
    DECLINED = "declined"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
