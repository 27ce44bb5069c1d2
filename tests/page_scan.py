"""Page-level scan of SQLCipher files for the kill-matrix test (issue 15).

Every page of a database file – live, free-list and never-reused pages alike – and every
frame of its WAL is decrypted with the file's key (SQLCipher 4 defaults: AES-256-CBC,
a 16-byte IV and a 64-byte HMAC-SHA512 in each page's 80 reserved bytes, PBKDF2-HMAC-
SHA512 with the 16-byte salt at the start of the file), and the plaintext searched,
case-insensitively. No SQL is involved, so nothing SQLite considers deleted escapes it.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV 16 + HMAC-SHA512 64
SALT = 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    if len(page) < PAGE:
        return b""
    start = SALT if first else 0
    body = page[start:PAGE - RESERVE]
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def plaintext_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the file, decrypted (page 1 without its salt)."""
    data = Path(path).read_bytes()
    return [_decrypt_page(key, data[i:i + PAGE], i == 0) for i in range(0, len(data), PAGE)]


def plaintext_wal_frames(wal: Path, key: bytes) -> list[bytes]:
    """Every frame in a WAL file, decrypted – also frames already checkpointed."""
    if not Path(wal).exists():
        return []
    data = Path(wal).read_bytes()
    out = []
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(data):
        pgno = int.from_bytes(data[pos:pos + 4], "big")
        out.append(_decrypt_page(key, data[pos + FRAME_HEADER:pos + FRAME_HEADER + PAGE],
                                 pgno == 1))
        pos += FRAME_HEADER + PAGE
    return out


def find(chunks: list[bytes], needles: list[str]) -> dict[str, int]:
    """How many chunks hold each needle (UTF-8, case-insensitive); only the found ones."""
    hits: dict[str, int] = {}
    lowered = [c.lower() for c in chunks]
    for needle in needles:
        n = needle.lower().encode("utf-8")
        count = sum(1 for c in lowered if n in c)
        if count:
            hits[needle] = count
    return hits


def looks_decrypted(chunks: list[bytes]) -> bool:
    """Page 1 decrypted right shows SQLite's header fields: bytes 16-23 of the plain
    header are page size, versions and reserve (here at offset 0 of our page 1)."""
    if not chunks or not chunks[0]:
        return False
    first = chunks[0]
    return int.from_bytes(first[0:2], "big") in (PAGE, 1) and first[4] == RESERVE
