from enum import StrEnum


class SettingsTaskTemplateTasksListSortby(StrEnum):
    ID = "id"
    NAME = "name"
    PRIORITY = "priority"

    def __str__(self) -> str:
        return str(self.value)
