from enum import StrEnum


class CostTaskAssigneeMarkerEmail(StrEnum):
    ANY = "ANY"
    NOONE = "NOONE"

    def __str__(self) -> str:
        return str(self.value)
