from enum import StrEnum


class AccountSettingsWeekstart(StrEnum):
    MONDAY = "monday"
    SUNDAY = "sunday"

    def __str__(self) -> str:
        return str(self.value)
