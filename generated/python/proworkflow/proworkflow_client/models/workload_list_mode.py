from enum import StrEnum


class WorkloadListMode(StrEnum):
    AVAILABILITY = "availability"
    WORKLOAD = "workload"

    def __str__(self) -> str:
        return str(self.value)
