from enum import StrEnum


class ProjectTagGroupType(StrEnum):
    LABEL = "label"
    STATUS = "status"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)
