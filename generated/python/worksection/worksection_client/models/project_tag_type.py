from enum import StrEnum


class ProjectTagType(StrEnum):
    LABEL = "label"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
