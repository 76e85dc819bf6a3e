from enum import StrEnum


class UsersScheduleUpdateAdditionalPropertyAdditionalProperty(StrEnum):
    SICK_LEAVE = "sick-leave"
    UNSET = "unset"
    VACATION = "vacation"
    WORKDAY = "workday"

    def __str__(self) -> str:
        return str(self.value)
