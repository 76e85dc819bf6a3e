from enum import StrEnum


class ProjectRequestsListClienttype(StrEnum):
    ALL = "all"
    EXTERNAL = "external"
    INTERNAL = "internal"

    def __str__(self) -> str:
        return str(self.value)
