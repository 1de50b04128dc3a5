"""Master key loading: environment, key files and their permissions, demo mode."""

from __future__ import annotations

import base64
import logging
import os
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest

from proxy.crypto import KeyConfigError, Keyring, MasterKey, UnknownKeyError, load_keyring, new_master_key
from proxy.crypto.keyring import derive_kid, load_key_file, write_key_file

KEY = bytes(range(100, 132))
B64 = base64.b64encode(KEY).decode()


def settings(tmp_path: Path) -> SimpleNamespace:
    return SimpleNamespace(data_dir=tmp_path / "data")


def key_file(tmp_path: Path, body: str, mode: int = 0o600) -> Path:
    path = tmp_path / "keys"
    path.write_text(body)
    path.chmod(mode)
    return path


@pytest.mark.parametrize(
    "value",
    [B64, KEY.hex(), KEY.hex().upper(), base64.urlsafe_b64encode(KEY).decode().rstrip("="), f"  {B64}\n"],
)
def test_env_key_accepts_base64_and_hex_with_a_stable_derived_kid(tmp_path: Path, value: str) -> None:
    ring = load_keyring(settings(tmp_path), environ={"JIANHU_MASTER_KEY": value})
    assert ring.active.key == KEY
    assert ring.active.kid == derive_kid(KEY) and len(ring) == 1


@pytest.mark.parametrize("value", ["c2hvcnQ=", "zz" * 32, KEY.hex()[:-2], "not base64 at all!"])
def test_env_key_of_the_wrong_size_or_encoding_is_refused_without_echoing_it(tmp_path: Path, value: str) -> None:
    with pytest.raises(KeyConfigError) as err:
        load_keyring(settings(tmp_path), environ={"JIANHU_MASTER_KEY": value})
    assert "JIANHU_MASTER_KEY" in str(err.value) and value not in str(err.value)


def test_key_file_holds_several_keys_and_the_last_is_active(tmp_path: Path) -> None:
    other = bytes(32)
    path = key_file(tmp_path, f"# rotated 2026-11\nold:{base64.b64encode(other).decode()}\n\nnew:{KEY.hex()}\n")
    ring = load_keyring(settings(tmp_path), environ={"JIANHU_MASTER_KEY_FILE": str(path)})
    assert ring.kids == ("old", "new") and ring.active.key == KEY and ring.get("old").key == other


def test_key_file_line_without_kid_gets_the_derived_kid(tmp_path: Path) -> None:
    ring = load_key_file(key_file(tmp_path, B64 + "\n"))
    assert ring.active == MasterKey(derive_kid(KEY), KEY)


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o700])
def test_key_file_readable_by_others_is_refused_naming_the_file_not_the_key(tmp_path: Path, mode: int) -> None:
    path = key_file(tmp_path, f"a:{B64}\n", mode)
    with pytest.raises(KeyConfigError) as err:
        load_keyring(settings(tmp_path), environ={"JIANHU_MASTER_KEY_FILE": str(path)})
    assert str(path) in str(err.value) and f"{mode:04o}" in str(err.value)
    assert B64 not in str(err.value)


def test_key_file_with_mode_0400_is_accepted(tmp_path: Path) -> None:
    assert load_key_file(key_file(tmp_path, f"a:{B64}\n", 0o400)).active.kid == "a"


@pytest.mark.parametrize(
    "body",
    ["", "# only a comment\n", f"bad kid!:{B64}\n", "a:short\n", f"a:{B64}\na:{KEY.hex()}\n"],
)
def test_malformed_key_file_is_refused_without_its_content(tmp_path: Path, body: str) -> None:
    path = key_file(tmp_path, body)
    with pytest.raises(KeyConfigError) as err:
        load_key_file(path)
    assert B64 not in str(err.value) and KEY.hex() not in str(err.value)


def test_missing_key_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(KeyConfigError, match="does not exist"):
        load_keyring(settings(tmp_path), environ={"JIANHU_MASTER_KEY_FILE": str(tmp_path / "nope")})


def test_missing_key_outside_demo_mode_raises(tmp_path: Path) -> None:
    with pytest.raises(KeyConfigError, match="no master key configured"):
        load_keyring(settings(tmp_path), environ={})
    assert not (tmp_path / "data").exists()


def test_both_sources_set_is_refused(tmp_path: Path) -> None:
    path = key_file(tmp_path, f"a:{B64}\n")
    with pytest.raises(KeyConfigError, match="only one"):
        load_keyring(settings(tmp_path), environ={"JIANHU_MASTER_KEY": B64, "JIANHU_MASTER_KEY_FILE": str(path)})


def test_settings_attributes_win_over_the_environment(tmp_path: Path) -> None:
    s = SimpleNamespace(data_dir=tmp_path, master_key=None, master_key_file=key_file(tmp_path, f"fromfile:{B64}\n"))
    ring = load_keyring(s, environ={"JIANHU_MASTER_KEY_FILE": str(tmp_path / "nope")})
    assert ring.active.kid == "fromfile"


def test_demo_mode_generates_a_private_key_file_once_and_warns(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="proxy.crypto.keyring"):
        first = load_keyring(settings(tmp_path), demo=True, environ={})
    path = tmp_path / "data" / "master.key"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert any("demo mode" in r.getMessage() for r in caplog.records)
    assert not any(base64.b64encode(first.active.key).decode() in r.getMessage() for r in caplog.records)
    again = load_keyring(settings(tmp_path), demo=True, environ={})
    assert again.active == first.active
    assert [p.name for p in path.parent.iterdir()] == ["master.key"]  # no temporary files left


def test_demo_mode_uses_a_configured_key_when_there_is_one(tmp_path: Path) -> None:
    ring = load_keyring(settings(tmp_path), demo=True, environ={"JIANHU_MASTER_KEY": B64})
    assert ring.active.key == KEY and not (tmp_path / "data").exists()


def test_keyring_rotation_helpers_and_write_round_trip(tmp_path: Path) -> None:
    a, b = new_master_key("a"), new_master_key("b")
    ring = Keyring([a]).with_active(b)
    assert ring.kids == ("a", "b") and ring.active is b
    assert ring.without("a").kids == ("b",)
    with pytest.raises(UnknownKeyError, match="zz"):
        ring.get("zz")
    path = tmp_path / "written"
    write_key_file(path, ring)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_key_file(path).keys == ring.keys


def test_master_key_repr_hides_the_key() -> None:
    key = new_master_key("shown")
    assert "shown" in repr(key) and key.key.hex() not in repr(key) and str(list(key.key)) not in repr(key)
    assert key.key.hex() not in repr(Keyring([key]))
