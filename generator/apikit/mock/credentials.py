"""Credentials as the mocks keep and read them: salted password digests (a password is never
stored), those digests in a snapshot of a mock's state, and HTTP Basic ``Authorization`` headers."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from apikit.mock.engine import StateError
from apikit.mock.table import Table

DIGEST_BYTES = hashlib.sha256().digest_size
"""The length of a password digest the mocks make (:class:`Credential`: SHA-256)."""


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


# --- digests in a snapshot --------------------------------------------------------------------------------


def credentials_state(credentials: Mapping[int, Credential]) -> dict[str, dict[str, str]]:
    """Password digests by user id, as hex text (JSON has no bytes): a restart keeps users able to sign
    in, and no password is ever shown, since none is kept."""
    return {
        str(user_id): {"salt": credential.salt.hex(), "digest": credential.digest.hex()}
        for user_id, credential in sorted(credentials.items())
    }


def credentials_from_state(data: Any, users: Table, where: str) -> dict[int, Credential]:
    """What :func:`credentials_state` gives, checked: each key the id of a row of ``users``, each value
    ``{"salt": hex, "digest": hex}`` with a digest of the length the mocks make. Seed data written by
    hand may give ``{"password": text}`` instead: it is kept as a new salted digest, as a password set
    through the API is, and the state shows only that digest from then on."""
    if not isinstance(data, Mapping):
        raise StateError(f"{where}: expected a mapping of user id to {{salt, digest}} or {{password}}")
    credentials: dict[int, Credential] = {}
    for key, value in data.items():
        place = f"{where}[{key}]"
        user_id = int(key) if isinstance(key, str) and key.isdigit() else None
        if user_id is None or user_id not in users.rows:
            raise StateError(f"{place}: no {users.kind} with this id")
        if not isinstance(value, Mapping):
            raise StateError(f"{place}: expected {{salt, digest}} as hex text, or {{password}}")
        credentials[user_id] = _password(value, place) if "password" in value else _stored(value, place)
    return credentials


def _password(value: Mapping[str, Any], place: str) -> Credential:
    password = value["password"]
    if set(value) != {"password"} or not isinstance(password, str) or not password:
        raise StateError(f"{place}: a password is given alone, as non-empty text ({{password: ...}})")
    return Credential.of(password)


def _stored(value: Mapping[str, Any], place: str) -> Credential:
    salt = _hex_bytes(value.get("salt"), f"{place}[salt]")
    digest = _hex_bytes(value.get("digest"), f"{place}[digest]")
    if len(digest) != DIGEST_BYTES:
        raise StateError(f"{place}[digest]: expected {2 * DIGEST_BYTES} hex digits")
    return Credential(salt, digest)


def _hex_bytes(text: Any, place: str) -> bytes:
    try:
        if isinstance(text, str) and text:
            return bytes.fromhex(text)
    except ValueError:
        pass
    raise StateError(f"{place}: expected hex text")


# --- HTTP Basic -------------------------------------------------------------------------------------------


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
