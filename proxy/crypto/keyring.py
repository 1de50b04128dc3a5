"""Master keys (key-encryption keys) and where they come from.

A master key is 32 random bytes with a short public id (``kid``). A :class:`Keyring`
holds several, in order; the last is the *active* one (new data keys are wrapped under
it), the others stay for unwrapping until :func:`proxy.crypto.rotate_keys` has moved
every data key to the active one.

Sources, in this order:

* ``JIANHU_MASTER_KEY``: one key, 64 hex digits or base64 (standard or URL-safe,
  padding optional) of 32 bytes. Its kid is ``k`` + the first 15 hex digits of
  SHA-256(``jianhu.kid`` || key), so the same key always gets the same id.
* ``JIANHU_MASTER_KEY_FILE``: a text file, mode 0600 or stricter (refused otherwise),
  one key per line::

      # comment
      2026a:3q2+7w...base64...=
      2026b:8f1c...64 hex digits...

  ``kid`` is 1-32 of ``[A-Za-z0-9._-]``; a line with no ``kid:`` gets the derived id.
  The last line is the active key.
* Demo mode only, when neither is set: ``<data_dir>/master.key`` in the file format
  above, generated (0600) on first use with a warning.

Setting both variables is refused. Errors name the variable or file and the line
number, never a key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import re
import secrets
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from proxy.crypto.errors import KeyConfigError, UnknownKeyError

__all__ = [
    "DEMO_KEY_FILENAME",
    "KEY_BYTES",
    "Keyring",
    "MasterKey",
    "derive_kid",
    "load_key_file",
    "load_keyring",
    "new_master_key",
    "parse_key",
    "write_key_file",
]

log = logging.getLogger(__name__)

KEY_BYTES = 32
DEMO_KEY_FILENAME = "master.key"
ENV_KEY = "JIANHU_MASTER_KEY"
ENV_KEY_FILE = "JIANHU_MASTER_KEY_FILE"
_KID_RE = re.compile(r"^[A-Za-z0-9._-]{1,32}$")
_HEX_RE = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass(frozen=True, slots=True)
class MasterKey:
    """One key-encryption key. ``repr`` never shows the key bytes."""

    kid: str
    key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not _KID_RE.match(self.kid):
            raise KeyConfigError("master key id must be 1-32 characters of [A-Za-z0-9._-]")
        if len(self.key) != KEY_BYTES:
            raise KeyConfigError(f"master key {self.kid} must be {KEY_BYTES} bytes")


class Keyring:
    """Master keys in order; the last is active. Immutable: the ``with_``/``without``
    methods return a new keyring."""

    __slots__ = ("_keys", "_order")

    def __init__(self, keys: Iterable[MasterKey]) -> None:
        order = tuple(keys)
        if not order:
            raise KeyConfigError("a keyring needs at least one master key")
        by_id: dict[str, MasterKey] = {}
        for k in order:
            if k.kid in by_id:
                raise KeyConfigError(f"master key id {k.kid} appears twice")
            by_id[k.kid] = k
        self._order = order
        self._keys = by_id

    @property
    def active(self) -> MasterKey:
        return self._order[-1]

    @property
    def keys(self) -> tuple[MasterKey, ...]:
        return self._order

    @property
    def kids(self) -> tuple[str, ...]:
        return tuple(k.kid for k in self._order)

    def get(self, kid: str) -> MasterKey:
        try:
            return self._keys[kid]
        except KeyError:
            raise UnknownKeyError(f"master key {kid} is not in the keyring") from None

    def __contains__(self, kid: object) -> bool:
        return kid in self._keys

    def __len__(self) -> int:
        return len(self._order)

    def __repr__(self) -> str:
        return f"Keyring(kids={list(self.kids)!r}, active={self.active.kid!r})"

    def with_active(self, key: MasterKey) -> Keyring:
        """This keyring with ``key`` appended as the new active key (or moved to the end)."""
        return Keyring([k for k in self._order if k.kid != key.kid] + [key])

    def without(self, kid: str) -> Keyring:
        """This keyring without ``kid`` (after rotation, to retire an old key)."""
        self.get(kid)
        return Keyring(k for k in self._order if k.kid != kid)


def derive_kid(key: bytes) -> str:
    return "k" + hashlib.sha256(b"jianhu.kid\x00" + key).hexdigest()[:15]


def new_master_key(kid: str | None = None) -> MasterKey:
    key = secrets.token_bytes(KEY_BYTES)
    return MasterKey(kid or derive_kid(key), key)


def parse_key(value: str, source: str) -> bytes:
    """Decode 64 hex digits or base64 of 32 bytes; ``source`` names where it came from."""
    value = value.strip()
    if _HEX_RE.match(value):
        return bytes.fromhex(value)
    try:
        raw = base64.b64decode(value.replace("-", "+").replace("_", "/") + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES:
        raise KeyConfigError(f"{source}: master key must be {KEY_BYTES} bytes as base64 or 64 hex digits")
    return raw


def _check_permissions(path: Path) -> None:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise KeyConfigError(f"master key file {path} does not exist") from None
    except OSError as exc:
        raise KeyConfigError(f"master key file {path} cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise KeyConfigError(f"master key file {path} is not a regular file")
    mode = stat.S_IMODE(st.st_mode)
    if os.name == "posix" and mode & 0o177:
        raise KeyConfigError(
            f"master key file {path} has mode {mode:04o}; it must be 0600 or stricter (chmod 600 {path})"
        )


def load_key_file(path: Path) -> Keyring:
    """Read a key file (format in the module docstring) after checking its mode."""
    _check_permissions(path)
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        raise KeyConfigError(f"master key file {path} cannot be read as ASCII text") from None
    keys: list[MasterKey] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        source = f"{path} line {lineno}"
        kid, sep, value = line.partition(":")
        if not sep:
            kid, value = "", kid
        elif not _KID_RE.match(kid):
            raise KeyConfigError(f"{source}: key id must be 1-32 characters of [A-Za-z0-9._-]")
        key = parse_key(value, source)
        keys.append(MasterKey(kid or derive_kid(key), key))
    if not keys:
        raise KeyConfigError(f"master key file {path} holds no key")
    return Keyring(keys)


def write_key_file(path: Path, keyring: Keyring) -> None:
    """Write ``keyring`` to ``path`` (mode 0600, atomically, replacing any old file)."""
    body = "".join(f"{k.kid}:{base64.b64encode(k.key).decode()}\n" for k in keyring.keys)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, body.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _create_demo_key_file(path: Path) -> Keyring:
    """Create ``path`` with one fresh key unless another process got there first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    keyring = Keyring([new_master_key()])
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    write_key_file(tmp, keyring)
    try:
        os.link(tmp, path)  # atomic and fails if it exists: concurrent workers agree on one key
    except FileExistsError:
        return load_key_file(path)
    finally:
        tmp.unlink(missing_ok=True)
    log.warning("demo mode: generated a master key in %s; configure %s for production", path, ENV_KEY_FILE)
    return keyring


def _setting(settings: Any, name: str, env: Mapping[str, str], env_name: str) -> str | None:
    value = getattr(settings, name, None)
    if value is not None and hasattr(value, "get_secret_value"):
        value = value.get_secret_value()
    if value is None or value == "":
        value = env.get(env_name) or None
    return None if value is None else str(value)


def load_keyring(settings: Any, demo: bool = False, environ: Mapping[str, str] | None = None) -> Keyring:
    """The keyring configured for ``settings`` (anything with ``data_dir``; optional
    ``master_key`` / ``master_key_file`` attributes win over the environment).

    Without a configured key: in demo mode use (or create) ``<data_dir>/master.key``,
    otherwise raise :class:`KeyConfigError`.
    """
    env = os.environ if environ is None else environ
    key_value = _setting(settings, "master_key", env, ENV_KEY)
    key_file = _setting(settings, "master_key_file", env, ENV_KEY_FILE)
    if key_value and key_file:
        raise KeyConfigError(f"set only one of {ENV_KEY} and {ENV_KEY_FILE}")
    if key_value:
        key = parse_key(key_value, ENV_KEY)
        return Keyring([MasterKey(derive_kid(key), key)])
    if key_file:
        return load_key_file(Path(key_file).expanduser())
    if not demo:
        raise KeyConfigError(f"no master key configured: set {ENV_KEY_FILE} (or {ENV_KEY})")
    path = Path(settings.data_dir) / DEMO_KEY_FILENAME
    if path.exists():
        return load_key_file(path)
    return _create_demo_key_file(path)
