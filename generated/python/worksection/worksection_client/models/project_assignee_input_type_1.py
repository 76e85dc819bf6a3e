from enum import StrEnum


class ProjectAssigneeInputType1(StrEnum):
    ANY = "ANY"
    NOONE = "NOONE"

    def __str__(self) -> str:
        return str(self.value)
