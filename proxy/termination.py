"""Terminating a robot (measures 4.6, 6.2(g)): export bundle, key revocation, recorded steps.

``terminate`` sets the status ``terminated`` (final; the store revokes every API key in
the same transaction and the change is announced to every replica), writes the export
bundle, and records each step as a robot event. The audit records stay in the database
for the retention period; ``proxy.retention`` purges them afterwards and then destroys
the robot's data keys.

The export bundle is a ``.tar.gz`` (written to ``<data_dir>/exports/``, also served by
``GET /admin/v1/robots/{id}/export``) holding::

    registry.json    the registry entry, guardians, overrides
    policy.yaml      the robot's policy document as submitted
    events.json      the robot's events (status changes with who and why, onboarding...)
    audit.jsonl      the robot's audit records as stored: transcript fields stay
                     encrypted, hash-chain fields (chain, seq, prev_hash, record_hash) intact
    chain.json       the chain head and retention anchor, to verify audit.jsonl offline
    access_log.json  who read this robot's transcripts
    manifest.json    SHA-256 of every file above, the robot id, time and signing key id
    manifest.sig     HMAC-SHA256 of manifest.json, hex

The signing key is derived from a master key with HKDF-SHA256 (info
``jianhu-export-manifest-v1``); the manifest names the master key id (``kid``), so a
bundle still verifies after key rotation as long as that master key is in the keyring.
``verify_bundle`` (``jianhu export verify FILE``) checks the signature and every hash.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import tarfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select

from proxy.crypto.errors import UnknownKeyError
from proxy.errors import RequestError
from proxy.storage import tables as t
from proxy.storage.accounts import AccountStore

if TYPE_CHECKING:
    from proxy.crypto.keyring import Keyring, MasterKey
    from proxy.gateway import Gateway
    from proxy.storage import RobotRecord, Store

__all__ = ["build_bundle", "save_bundle", "signing_key", "terminate", "verify_bundle"]

BUNDLE_FILES = ("registry.json", "policy.yaml", "events.json", "audit.jsonl", "chain.json", "access_log.json")


def signing_key(master: MasterKey) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"jianhu-export-manifest-v1").derive(master.key)


def _json(obj: Any) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS, default=str)


def _audit_rows(store: Store, robot_id: str) -> bytes:
    out = io.BytesIO()
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.exchanges).where(t.exchanges.c.chain == robot_id).order_by(t.exchanges.c.seq))
        for row in rows.mappings():
            out.write(orjson.dumps({str(k): v for k, v in row.items()}, default=str) + b"\n")
    return out.getvalue()


def _chain(store: Store, robot_id: str) -> dict[str, Any]:
    with store.engine.connect() as conn:
        head = conn.execute(select(t.audit_chain_heads).where(t.audit_chain_heads.c.chain == robot_id)).first()
        anchor = conn.execute(select(t.audit_chain_anchors).where(t.audit_chain_anchors.c.chain == robot_id)).first()
    return {"chain": robot_id,
            "head": {"seq": head.seq, "hash": head.hash} if head is not None else None,
            "anchor": {"seq": anchor.seq, "hash": anchor.hash} if anchor is not None else None}


def build_bundle(store: Store, keyring: Keyring, robot: RobotRecord) -> bytes:
    """The export bundle of a robot, as ``.tar.gz`` bytes (synchronous; run it on the I/O executor)."""
    accounts = AccountStore(store.engine)
    files: dict[str, bytes] = {
        "registry.json": _json(robot.public() | {
            "overrides": robot.overrides,
            "guardians": [g.public() for g in accounts.guardians_of(robot.robot_id)]}),
        "policy.yaml": store.get_policy_document(robot.policy_id).encode("utf-8"),
        "events.json": _json(store.robot_events(robot.robot_id)),
        "audit.jsonl": _audit_rows(store, robot.robot_id),
        "chain.json": _json(_chain(store, robot.robot_id)),
        "access_log.json": _json(accounts.access_log(robot_id=robot.robot_id, limit=1_000_000)),
    }
    master = keyring.active
    manifest = _json({
        "robot_id": robot.robot_id,
        "created_at": datetime.now(UTC).isoformat(),
        "algorithm": "HMAC-SHA256",
        "kid": master.kid,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
    })
    files["manifest.json"] = manifest
    files["manifest.sig"] = hmac.new(signing_key(master), manifest, hashlib.sha256).hexdigest().encode("ascii")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"{robot.robot_id}/{name}")
            info.size = len(data)
            info.mode = 0o600
            info.mtime = int(datetime.now(UTC).timestamp())
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def verify_bundle(data: bytes, keyring: Keyring) -> list[str]:
    """Problems found in a bundle (empty: the signature and every file hash check out)."""
    files: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            for member in tar.getmembers():
                if not member.isfile():
                    return [f"unexpected entry {member.name}"]
                handle = tar.extractfile(member)
                if handle is not None:
                    files[member.name.split("/", 1)[-1]] = handle.read()
    except (tarfile.TarError, OSError, EOFError):
        return ["not a readable .tar.gz bundle"]
    manifest_raw, sig = files.get("manifest.json"), files.get("manifest.sig")
    if manifest_raw is None or sig is None:
        return ["manifest.json or manifest.sig is missing"]
    try:
        manifest = orjson.loads(manifest_raw)
        master = keyring.get(str(manifest["kid"]))
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, UnknownKeyError):
        return ["the manifest is unreadable or names an unknown master key"]
    expected = hmac.new(signing_key(master), manifest_raw, hashlib.sha256).hexdigest().encode("ascii")
    problems = [] if hmac.compare_digest(expected, sig.strip()) else ["bad manifest signature"]
    listed = manifest.get("files", {})
    for name in sorted(set(listed) | (set(files) - {"manifest.json", "manifest.sig"})):
        if name not in files:
            problems.append(f"{name}: missing")
        elif name not in listed:
            problems.append(f"{name}: not in the manifest")
        elif hashlib.sha256(files[name]).hexdigest() != listed[name]:
            problems.append(f"{name}: hash mismatch")
    return problems


def _keyring(gw: Gateway) -> Keyring:
    if gw.store.cipher is None:
        raise RequestError("encryption is not configured", code="no_cipher", status=409)
    return gw.store.cipher.keys.keyring


def write_bundle(gw: Gateway, robot: RobotRecord) -> tuple[Path, str]:
    return save_bundle(gw.store, _keyring(gw), gw.settings.data_dir, robot)


def save_bundle(store: Store, keyring: Keyring, data_dir: Path, robot: RobotRecord) -> tuple[Path, str]:
    """Write the robot's signed bundle to ``<data_dir>/exports/`` (mode 0600): (path, SHA-256).
    Also used by ``jianhu robot status ID terminated``, which has no gateway."""
    data = build_bundle(store, keyring, robot)
    folder = data_dir / "exports"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"{robot.robot_id}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}.tar.gz"
    path.write_bytes(data)
    path.chmod(0o600)
    return path, hashlib.sha256(data).hexdigest()


async def terminate(gw: Gateway, robot: RobotRecord, actor: str, reason: str) -> dict[str, Any]:
    """Terminate: status (keys revoked with it), announcement, export bundle; each step an event."""
    _keyring(gw)  # refuse before changing anything when no bundle could be signed
    updated = await gw.set_status(robot.robot_id, "terminated", actor, reason)
    if updated is None:
        raise RequestError("no such robot", code="not_found", status=404)
    await gw.revoke_keys(robot.robot_id)  # announce: every replica drops its cached keys now
    await gw.io(gw.store.add_robot_event, robot.robot_id, "termination.keys_revoked", actor, {})
    path, digest = await gw.io(write_bundle, gw, updated)
    await gw.io(gw.store.add_robot_event, robot.robot_id, "termination.exported", actor,
                {"file": path.name, "sha256": digest})
    return updated.public() | {"export": {"file": path.name, "sha256": digest},
                               "retention_days": gw.settings.retention_days}
