"""The ``jianhu`` command line.

    jianhu serve [--host H] [--port P] [--workers N] [--upstream-url URL --upstream-model NAME]
    jianhu robot register --name NAME --department DEPT [--type T] [--model M] [--policy FILE] [--json]
                                  (bootstrap/demo: registered directly as active, no guardians)
    jianhu robot list | status ID STATUS [--reason R] | key-create ID | key-revoke ID
    jianhu admin token create [--name NAME] [--json]
    jianhu audit tail [-n N] [--robot ID] [--follow] [--text] | verify [--robot ID]
    jianhu keys generate --file F | rotate | status
    jianhu subject erase SUBJECT
    jianhu check --robot ID FILE.jsonl
    jianhu policy validate FILE | schema
    jianhu db upgrade
    jianhu user create|token|disable …  retention run  export verify FILE   (proxy.cli_accounts)

Settings come from ``JIANHU_*`` environment variables (see README); the upstream API
key only from ``JIANHU_UPSTREAM_API_KEY``, never from the command line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import orjson

__all__ = ["main"]


def _settings() -> Any:
    from proxy.settings import Settings

    return Settings()


def _store(settings: Any, cipher: bool = False) -> Any:
    """The store; with ``cipher`` it can read and write transcripts (needs the master key)."""
    from proxy.storage import Store, make_engine, upgrade

    engine = make_engine(settings.resolved_database_url)
    upgrade(engine)
    if not cipher:
        return Store(engine)
    from proxy.crypto import FieldCipher

    return Store(engine, FieldCipher.from_engine(engine, _keyring(settings)))


def _keyring(settings: Any) -> Any:
    from proxy.crypto import load_keyring

    return load_keyring(settings, demo=settings.demo_upstream)


def _print(obj: Any) -> None:
    sys.stdout.write(orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode() + "\n")


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    if args.upstream_url:
        os.environ["JIANHU_UPSTREAM_URL"] = args.upstream_url
    if args.upstream_model:
        os.environ["JIANHU_UPSTREAM_MODEL"] = args.upstream_model
    settings = _settings()  # validate the environment before starting workers
    if settings.upstream_url and not settings.upstream_model:
        sys.stderr.write("error: --upstream-model (or JIANHU_UPSTREAM_MODEL) is required with --upstream-url\n")
        return 2
    if args.workers > 1 and not settings.redis_url:
        sys.stderr.write("error: --workers > 1 needs shared state: set JIANHU_REDIS_URL\n")
        return 2
    _store(settings)  # run migrations once, before the workers start
    _keyring(settings)  # fail early without a master key; in demo mode create it once, not per worker
    uvicorn.run(
        "proxy.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        server_header=False,
    )
    return 0


def cmd_robot_register(args: argparse.Namespace) -> int:
    from proxy.errors import GuardrailError
    from proxy.robots import register

    settings = _settings()
    policy_text = Path(args.policy).read_text(encoding="utf-8") if args.policy else None
    try:
        robot, key = register(_store(settings), settings, args.name, args.department, args.type, args.model,
                              policy_text)
    except GuardrailError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        return 2
    if args.json:
        sys.stdout.write(json.dumps({"robot_id": robot.robot_id, "api_key": key}) + "\n")
    else:
        sys.stdout.write(f"robot_id: {robot.robot_id}\napi_key:  {key}\n(the key is shown once; store it now)\n")
    return 0


def cmd_robot_list(args: argparse.Namespace) -> int:
    _print([r.public() for r in _store(_settings()).list_robots()])
    return 0


def cmd_robot_status(args: argparse.Namespace) -> int:
    """Pause, safe mode, resume or terminate under the lifecycle rules (``proxy.lifecycle``).
    A change they do not allow is a one-line error and exit 2 (``main``); pause, safe mode and
    termination need ``--reason``. Termination also revokes the keys and writes the signed
    export bundle, as the admin API does."""
    from proxy.lifecycle import NEEDS_REASON

    settings = _settings()
    reason = args.reason.strip()
    if args.status in NEEDS_REASON and not reason:
        sys.stderr.write(f"error: say why: --reason is required to set {args.status}\n")
        return 2
    terminating = args.status == "terminated"
    keyring = _keyring(settings) if terminating else None  # refuse before changing anything
    store = _store(settings)
    robot = store.set_robot_status(args.robot_id, args.status, "cli", reason)
    if robot is None:
        sys.stderr.write("error: no such robot\n")
        return 1
    if settings.redis_url:
        from proxy.state import RedisState

        async def announce() -> None:
            state = RedisState(settings.redis_url, settings.redis_prefix)
            await state.set_status(args.robot_id, args.status)  # every replica drops the robot's keys
            await state.close()

        asyncio.run(announce())
    out = robot.public()
    if terminating:
        from proxy.termination import save_bundle

        store.add_robot_event(robot.robot_id, "termination.keys_revoked", "cli", {})
        path, digest = save_bundle(store, keyring, settings.data_dir, robot)
        store.add_robot_event(robot.robot_id, "termination.exported", "cli", {"file": path.name, "sha256": digest})
        out |= {"export": {"file": str(path), "sha256": digest}, "retention_days": settings.retention_days}
    _print(out)
    return 0


def cmd_robot_key(args: argparse.Namespace) -> int:
    store = _store(_settings())
    robot = store.get_robot(args.robot_id)
    if robot is None:
        sys.stderr.write("error: no such robot\n")
        return 1
    if args.action == "create":
        if robot.status == "terminated":
            sys.stderr.write("error: the robot is terminated; termination is final (robot_terminated)\n")
            return 2
        _print({"robot_id": args.robot_id, "api_key": store.create_key(args.robot_id)})
    else:
        _print({"robot_id": args.robot_id, "revoked": store.revoke_keys(args.robot_id)})
    return 0


def cmd_admin_token(args: argparse.Namespace) -> int:
    token = _store(_settings()).create_admin_token(args.name)
    if args.json:
        sys.stdout.write(json.dumps({"name": args.name, "token": token}) + "\n")
    else:
        sys.stdout.write(f"admin token: {token}\n(shown once; store it now)\n")
    return 0


def cmd_audit_tail(args: argparse.Namespace) -> int:
    store = _store(_settings(), cipher=args.text)
    rows = list(reversed(store.list_exchanges(robot_id=args.robot, limit=args.n, with_text=args.text)))
    last = 0
    while True:
        for r in rows:
            last = max(last, r["id"])
            if not args.text:
                r.pop("request_text", None)
                r.pop("response_text", None)
            sys.stdout.write(orjson.dumps(r, default=str).decode() + "\n")
        sys.stdout.flush()
        if not args.follow:
            return 0
        time.sleep(1.0)
        newer = store.list_exchanges(robot_id=args.robot, limit=500, with_text=args.text)
        rows = [r for r in reversed(newer) if r["id"] > last]


def cmd_audit_verify(args: argparse.Namespace) -> int:
    checked, breaks = _store(_settings()).verify_chains(args.robot)
    for b in breaks:
        sys.stdout.write(json.dumps({"chain": b.chain, "seq": b.seq, "record_id": b.record_id,
                                     "problem": b.problem}) + "\n")
    sys.stdout.write(f"{checked} records checked, {len(breaks)} broken chain(s)\n")
    return 1 if breaks else 0


def cmd_keys_generate(args: argparse.Namespace) -> int:
    """Add a new active master key to a key file (created with mode 0600)."""
    from proxy.crypto import Keyring, load_key_file, new_master_key, write_key_file

    path = Path(args.file)
    key = new_master_key()
    ring = load_key_file(path).with_active(key) if path.exists() else Keyring([key])
    write_key_file(path, ring)
    _print({"file": str(path), "active": key.kid, "keys": list(ring.kids)})
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    """Re-wrap every stored data key under the active master key; records are untouched."""
    from proxy.crypto import rotate_keys

    settings = _settings()
    keyring = _keyring(settings)
    n = rotate_keys(_store(settings).engine, keyring)
    _print({"active": keyring.active.kid, "rewrapped": n})
    return 0


def cmd_keys_status(args: argparse.Namespace) -> int:
    from proxy.crypto import SubjectKeyStore

    settings = _settings()
    keyring = _keyring(settings)
    usage = SubjectKeyStore(_store(settings).engine, keyring).kek_usage()
    _print({"active": keyring.active.kid, "loaded": list(keyring.kids), "data_keys_by_master_key": usage})
    return 0


def cmd_subject_erase(args: argparse.Namespace) -> int:
    """Erase a data subject: withdraw every consent, destroy their data key (crypto-shredding).
    With ``JIANHU_REDIS_URL`` the erasure is announced to the running replicas, which drop the
    key and the consents at once (``proxy.shredding``); without it they keep a cached key for
    at most ``JIANHU_DATA_KEY_CACHE_TTL_S`` and cached consents for ``JIANHU_CONSENT_CACHE_TTL_S``."""
    from proxy import shredding
    from proxy.consent import EVENT_TYPE as CONSENT_EVENT
    from proxy.storage.consents import ConsentStore

    settings = _settings()
    registry = ConsentStore(_store(settings, cipher=True))
    out = registry.erase(args.subject, "cli")
    slot = registry.slot(args.subject)
    announced = shredding.publish_from_cli(settings, [shredding.event(slots=(slot,)),
                                                      {"type": CONSENT_EVENT, "subject": slot}])
    result = {"destroyed": out["key_destroyed"], "consents_withdrawn": out["consents_withdrawn"],
              "announced": announced}
    if not announced:
        result["replicas_stale_for_at_most_s"] = settings.data_key_cache_ttl_s
    _print(result)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from filters.base import FilterContext
    from filters.pipeline import Pipeline
    from models.store import ModelStore
    from proxy.checking import check_messages
    from proxy.executor import CpuRunner, pin_native_threads
    from proxy.robots import validate_policy_text

    pin_native_threads(1)
    settings = _settings()
    store = _store(settings)
    robot = store.get_robot(args.robot)
    if robot is None:
        sys.stderr.write("error: no such robot\n")
        return 1
    policy = validate_policy_text(store.get_policy_document(robot.policy_id), settings, robot.overrides)
    pipeline = Pipeline.from_policy(policy, ModelStore(settings.models_dir))
    pipeline.warm_up()  # lazy loads (jieba's dictionary, first model calls) must not count against timeouts

    async def run() -> int:
        runner = CpuRunner(1, 4)
        bad = 0
        with open(args.file, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    text, role = item["text"], item.get("role", "user")
                    if not isinstance(text, str) or role not in ("user", "assistant"):
                        raise ValueError
                except (ValueError, KeyError, TypeError):
                    sys.stderr.write(f"line {lineno}: expected {{\"id\", \"text\"}}\n")
                    bad += 1
                    continue
                ctx = FilterContext(f"check-{lineno}", robot.robot_id)
                body, _ = await check_messages(pipeline, [(role, text)], ctx, runner.run)
                sys.stdout.write(json.dumps({"id": item.get("id"), **body}, ensure_ascii=False) + "\n")
        runner.shutdown()
        return 1 if bad else 0

    return asyncio.run(run())


def cmd_policy_validate(args: argparse.Namespace) -> int:
    from proxy.errors import GuardrailError
    from proxy.robots import validate_policy_text

    try:
        policy = validate_policy_text(Path(args.file).read_text(encoding="utf-8"), _settings())
    except GuardrailError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        return 2
    _print({"valid": True, "name": policy.name, "version": policy.version()})
    return 0


def cmd_policy_schema(args: argparse.Namespace) -> int:
    from filters.policy import policy_json_schema

    _print(policy_json_schema())
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    _store(_settings())
    sys.stdout.write("database is at the latest revision\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jianhu", description="Jianhu guardrail proxy")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="start the proxy")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8080)
    s.add_argument("--workers", type=int, default=1)
    s.add_argument("--upstream-url", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")
    s.add_argument("--upstream-model", help="model name at the upstream")
    s.set_defaults(func=cmd_serve)

    robot = sub.add_parser("robot", help="robot registry").add_subparsers(dest="robot_command", required=True)
    r = robot.add_parser(
        "register", help="register a robot directly as active (bootstrap and demo)",
        description="Bootstrap and demo path: the robot is registered directly in status 'active', without "
                    "guardians, an algorithm filing number or the onboarding assessment, and its API key is "
                    "printed once. For production robots use the admin API or the console (POST "
                    "/admin/v1/robots): they register in status 'registered' with guardians and a filing number, "
                    "and activation needs a passed onboarding assessment.")
    r.add_argument("--name", required=True)
    r.add_argument("--department", required=True)
    r.add_argument("--type", default="digital_human", choices=["humanoid", "digital_human", "other"])
    r.add_argument("--model", help="model name the robot uses (default: the upstream model, or the demo)")
    r.add_argument("--policy", help="policy YAML file (default: the shipped citizen-service policy)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_robot_register)
    r = robot.add_parser("list")
    r.set_defaults(func=cmd_robot_list)
    r = robot.add_parser(
        "status", help="pause, safe mode, resume or terminate",
        description="Change a robot's status under the lifecycle rules (registered -> active <-> suspended, "
                    "active <-> safe_mode, any -> terminated, final). A change the rules refuse is a one-line "
                    "error and exit status 2. Termination revokes the keys and writes the signed export bundle "
                    "to <data dir>/exports/ (needs the master key).")
    r.add_argument("robot_id")
    r.add_argument("status", choices=["active", "suspended", "safe_mode", "terminated"])
    r.add_argument("--reason", default="", help="why; required for suspended, safe_mode and terminated")
    r.set_defaults(func=cmd_robot_status)
    for action in ("create", "revoke"):
        r = robot.add_parser(f"key-{action}")
        r.add_argument("robot_id")
        r.set_defaults(func=cmd_robot_key, action=action)

    admin = sub.add_parser("admin", help="admin access").add_subparsers(dest="admin_command", required=True)
    tok = admin.add_parser("token").add_subparsers(dest="token_command", required=True)
    t = tok.add_parser("create")
    t.add_argument("--name", default="bootstrap")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_admin_token)

    audit = sub.add_parser("audit", help="audit trail").add_subparsers(dest="audit_command", required=True)
    a = audit.add_parser("tail")
    a.add_argument("-n", type=int, default=20)
    a.add_argument("--robot")
    a.add_argument("--follow", "-f", action="store_true")
    a.add_argument("--text", action="store_true", help="include the stored request/response text")
    a.set_defaults(func=cmd_audit_tail)

    a = audit.add_parser("verify", help="check the tamper-evident hash chains; exit 1 on a break")
    a.add_argument("--robot", help="one robot's chain only")
    a.set_defaults(func=cmd_audit_verify)

    keys = sub.add_parser("keys", help="master keys").add_subparsers(dest="keys_command", required=True)
    k = keys.add_parser("generate", help="add a new active master key to a key file")
    k.add_argument("--file", required=True)
    k.set_defaults(func=cmd_keys_generate)
    k = keys.add_parser("rotate", help="re-wrap all data keys under the active master key")
    k.set_defaults(func=cmd_keys_rotate)
    k = keys.add_parser("status")
    k.set_defaults(func=cmd_keys_status)

    subj = sub.add_parser("subject", help="data subjects").add_subparsers(dest="subject_command", required=True)
    e = subj.add_parser("erase", help="destroy a subject's data key (crypto-shredding)")
    e.add_argument("subject")
    e.set_defaults(func=cmd_subject_erase)

    c = sub.add_parser("check", help="decide a JSONL file of {id, text} with a robot's pipeline")
    c.add_argument("--robot", required=True)
    c.add_argument("file")
    c.set_defaults(func=cmd_check)

    pol = sub.add_parser("policy", help="policies").add_subparsers(dest="policy_command", required=True)
    v = pol.add_parser("validate")
    v.add_argument("file")
    v.set_defaults(func=cmd_policy_validate)
    v = pol.add_parser("schema")
    v.set_defaults(func=cmd_policy_schema)

    db = sub.add_parser("db", help="database").add_subparsers(dest="db_command", required=True)
    d = db.add_parser("upgrade")
    d.set_defaults(func=cmd_db_upgrade)
    from proxy.cli_accounts import add_parsers as add_account_parsers

    add_account_parsers(sub)  # user, retention, export (proxy.cli_accounts)
    return p


def main(argv: list[str] | None = None) -> int:
    """Errors the user can act on (a refused lifecycle change, a bad policy, a missing master
    key) are one line on stderr, ``error: <message> (<code>)``, and exit status 2."""
    from proxy.errors import GuardrailError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except GuardrailError as exc:
        sys.stderr.write(f"error: {exc.message} ({exc.code})\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
