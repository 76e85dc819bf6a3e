from enum import StrEnum


class GetCommentsExtra(StrEnum):
    FILES = "files"

    def __str__(self) -> str:
        return str(self.value)
