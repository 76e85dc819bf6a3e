from enum import StrEnum


class TaskRelationType(StrEnum):
    FINISH_TO_START = "finish-to-start"
    START_TO_START = "start-to-start"

    def __str__(self) -> str:
        return str(self.value)
