"""Credentials as the mocks keep and read them: salted password digests (a password is never
stored), and HTTP Basic ``Authorization`` headers."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Credential:
    """A salted password digest; the password itself is never kept."""

    salt: bytes = field(repr=False)
    digest: bytes = field(repr=False)

    @classmethod
    def of(cls, password: str) -> Credential:
        salt = secrets.token_bytes(16)
        return cls(salt, _digest(salt, password))

    def matches(self, password: str) -> bool:
        return hmac.compare_digest(self.digest, _digest(self.salt, password))


def _digest(salt: bytes, password: str) -> bytes:
    return hashlib.sha256(salt + password.encode("utf-8")).digest()


@dataclass(frozen=True)
class BasicCredentials:
    login: str
    password: str = field(repr=False)


def basic_credentials(headers: Mapping[str, str]) -> BasicCredentials | None:
    """The user name and password of an HTTP Basic ``authorization`` header (lower-case keys);
    None when the header is absent or malformed."""
    scheme, _, encoded = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic" or not encoded.strip():
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    login, colon, password = decoded.partition(":")
    return BasicCredentials(login, password) if colon and login else None
