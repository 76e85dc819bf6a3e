from enum import StrEnum


class ContactPermissionsCheckPermissionsetting(StrEnum):
    ADD = "add"
    DELETE = "delete"
    EDIT = "edit"
    VIEW = "view"

    def __str__(self) -> str:
        return str(self.value)
