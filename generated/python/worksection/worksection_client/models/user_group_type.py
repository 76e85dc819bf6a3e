from enum import StrEnum


class UserGroupType(StrEnum):
    COMPANY = "company"

    def __str__(self) -> str:
        return str(self.value)
