from enum import StrEnum


class UserScheduleDay(StrEnum):
    SICK_LEAVE = "sick-leave"
    VACATION = "vacation"
    WORKDAY = "workday"

    def __str__(self) -> str:
        return str(self.value)
