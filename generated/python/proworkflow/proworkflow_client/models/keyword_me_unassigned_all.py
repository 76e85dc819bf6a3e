from enum import StrEnum


class KeywordMeUnassignedAll(StrEnum):
    ALL = "all"
    ME = "me"
    UNASSIGNED = "unassigned"

    def __str__(self) -> str:
        return str(self.value)
