"""The page key of an encrypted database, derived from the passphrase: stdlib only, so the
unlock worker can start PBKDF2 (which releases the GIL) while the GUI thread is still
loading the rest of the app (issue 17: start to the first paint). store.cipher, which
keys connections with it, re-exports these names; tests replace `derive` here.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

# The shortest passphrase a new database or a passphrase change accepts.
MIN_PASSPHRASE_LENGTH = 12

# SQLCipher 4's defaults, which every Gezinsplan database uses (never changed by the app).
KDF_ITERATIONS, KEY_BYTES, SALT_BYTES = 256_000, 32, 16


class Key:
    """The derived page key of one database and its salt. Held in a bytearray so that
    `wipe()` (at lock and close) overwrites it; never printed, never pickled."""

    __slots__ = ("_raw", "salt")

    def __init__(self, raw: bytes, salt: bytes):
        if len(raw) != KEY_BYTES or len(salt) != SALT_BYTES:
            raise ValueError("key or salt of the wrong length")
        self._raw = bytearray(raw)
        self.salt = bytes(salt)

    def pragma(self) -> str:
        """The raw key with its salt, as PRAGMA key/rekey take it: no KDF in SQLCipher."""
        if not any(self._raw):
            raise ValueError("key wiped")
        return "\"x'" + self._raw.hex() + self.salt.hex() + "'\""

    def copy(self) -> Key:
        """An independent copy (wiped on its own), e.g. to reopen after a close."""
        return Key(bytes(self._raw), self.salt)

    def subkey(self, label: bytes) -> bytes:
        """A key for another purpose derived from this one (HMAC-SHA256 of `label`), e.g.
        a keyed audit chain: one-way, so it reveals neither this key nor the passphrase."""
        if self.wiped:
            raise ValueError("key wiped")
        return hmac.new(bytes(self._raw), label, hashlib.sha256).digest()

    def same_as(self, other: Key) -> bool:
        return self.salt == other.salt and hmac.compare_digest(bytes(self._raw), bytes(other._raw))

    def wipe(self) -> None:
        for i in range(len(self._raw)):
            self._raw[i] = 0

    @property
    def wiped(self) -> bool:
        return not any(self._raw)

    def __repr__(self) -> str:
        return "Key(…)"

    def __reduce__(self):
        raise TypeError("a Key is not pickled")


def derive(passphrase: str, salt: bytes) -> Key:
    """PBKDF2-HMAC-SHA512, as SQLCipher would derive it from the passphrase."""
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS,
                              KEY_BYTES)
    return Key(raw, salt)


def file_salt(path: Path) -> bytes | None:
    """The salt at the start of an encrypted file; None for a missing or new (empty) one."""
    try:
        with open(path, "rb") as fh:
            salt = fh.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def key_for(path: Path, secret) -> Key:
    """`secret` as the Key of the file at `path`: a Key as it is; a passphrase derived
    with the file's salt (a new, random salt for a file that has none yet)."""
    if isinstance(secret, Key):
        return secret
    salt = file_salt(Path(path)) or os.urandom(SALT_BYTES)
    return derive(secret, salt)
