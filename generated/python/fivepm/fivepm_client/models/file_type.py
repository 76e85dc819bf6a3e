from enum import StrEnum


class FileType(StrEnum):
    BOX = "box"
    DROPBOX = "dropbox"
    FF_BOARDS = "ff_boards"
    FILE = "file"
    GOOGLEDOCS = "googledocs"
    ONEDRIVE = "onedrive"
    SS_BOARDS = "ss_boards"

    def __str__(self) -> str:
        return str(self.value)
