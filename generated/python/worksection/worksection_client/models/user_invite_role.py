from enum import StrEnum


class UserInviteRole(StrEnum):
    GUEST = "guest"
    READER = "reader"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
