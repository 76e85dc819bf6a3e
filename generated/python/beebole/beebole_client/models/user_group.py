from enum import StrEnum


class UserGroup(StrEnum):
    ADMIN = "admin"
    CONTRACTOR = "contractor"
    EMPLOYEE = "employee"
    LEADER = "leader"
    PM = "pm"

    def __str__(self) -> str:
        return str(self.value)
