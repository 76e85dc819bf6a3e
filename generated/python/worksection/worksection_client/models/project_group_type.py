from enum import StrEnum


class ProjectGroupType(StrEnum):
    COMPANY = "company"
    FOLDER = "folder"

    def __str__(self) -> str:
        return str(self.value)
