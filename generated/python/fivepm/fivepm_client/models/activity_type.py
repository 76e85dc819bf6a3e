from enum import StrEnum


class ActivityType(StrEnum):
    FF_BOARDS = "ff_boards"
    FILE = "file"
    GOOGLEDOCS = "googledocs"
    MSG = "msg"
    PROGRESS = "progress"
    SS_BOARDS = "ss_boards"

    def __str__(self) -> str:
        return str(self.value)
