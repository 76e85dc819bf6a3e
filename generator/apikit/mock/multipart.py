"""``multipart/form-data`` bodies (file uploads) as the engine validates them.

A body becomes a mapping of field name to value: a text part is its text, a file part an
:class:`UploadedFile` (a ``str`` holding the file name, so a schema's ``type: string`` accepts it,
carrying the bytes and their media type); a name sent more than once gives a list. The standard
library's MIME parser reads the parts; the engine has already bounded the body's size.
"""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

MAX_PARTS = 100


class MultipartError(ValueError):
    """The body is not the ``multipart/form-data`` its Content-Type says."""


class UploadedFile(str):
    """A file part: its file name as the string value, its bytes and media type as attributes."""

    data: bytes
    content_type: str

    def __new__(cls, filename: str, data: bytes, content_type: str) -> UploadedFile:
        self = super().__new__(cls, filename)
        self.data = data
        self.content_type = content_type
        return self

    def __getnewargs__(self) -> tuple[str, bytes, str]:  # type: ignore[override]
        return str(self), self.data, self.content_type  # so that a copy keeps the bytes

    def __repr__(self) -> str:
        return f"UploadedFile({str(self)!r}, {len(self.data)} bytes, {self.content_type!r})"


def parse_form_data(content_type: str, body: bytes) -> dict[str, Any]:
    """The fields of a ``multipart/form-data`` body sent with the ``Content-Type`` header ``content_type``."""
    if "boundary=" not in content_type:
        raise MultipartError("the Content-Type names no boundary (multipart/form-data; boundary=...)")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    parts = list(message.iter_parts()) if message.is_multipart() else []
    if not parts:
        raise MultipartError("the body holds no parts (or its boundary does not match the Content-Type's)")
    if len(parts) > MAX_PARTS:
        raise MultipartError(f"the body has more than {MAX_PARTS} parts")
    fields: dict[str, Any] = {}
    for index, part in enumerate(parts):
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):  # name="" is a name, as a form field may have it
            raise MultipartError(f"part {index + 1} has no Content-Disposition name")
        _add(fields, name, _value(part))
    return fields


def _value(part: Message) -> str:
    data = part.get_payload(decode=True)
    payload = data if isinstance(data, bytes) else b""
    filename = part.get_filename()
    if filename is not None:
        return UploadedFile(filename, payload, part.get_content_type())
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise MultipartError(
            f"field {part.get_param('name', header='content-disposition')}: not {charset} text"
        ) from None


def _add(fields: dict[str, Any], name: str, value: str) -> None:
    if name not in fields:
        fields[name] = value
    elif isinstance(fields[name], list):
        fields[name].append(value)
    else:
        fields[name] = [fields[name], value]


def as_plain_strings(fields: Any) -> Any:
    """The fields with each file as its plain file name: what a schema validator is shown (a validator
    written in Rust takes ``str`` itself, not a subclass)."""
    if isinstance(fields, dict):
        return {name: as_plain_strings(value) for name, value in fields.items()}
    if isinstance(fields, list):
        return [as_plain_strings(value) for value in fields]
    return str(fields) if isinstance(fields, UploadedFile) else fields
