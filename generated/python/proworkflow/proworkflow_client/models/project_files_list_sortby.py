from enum import StrEnum


class ProjectFilesListSortby(StrEnum):
    DATE = "date"
    FOLDERID = "folderid"
    ID = "id"
    NAME = "name"
    PROJECTID = "projectid"
    SIZE = "size"
    TASKID = "taskid"

    def __str__(self) -> str:
        return str(self.value)
