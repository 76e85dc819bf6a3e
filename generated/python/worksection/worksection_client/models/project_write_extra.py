from enum import StrEnum


class ProjectWriteExtra(StrEnum):
    OPTIONS = "options"

    def __str__(self) -> str:
        return str(self.value)
