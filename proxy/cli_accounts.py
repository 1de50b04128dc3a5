"""``jianhu user …``, ``jianhu retention run`` and ``jianhu export verify`` (issue 7).

    jianhu user create --username U --role ROLE [--department D] [--display-name N] [--no-password] [--json]
    jianhu user token --username U [--name N]
    jianhu user disable --username U
    jianhu retention run
    jianhu export verify FILE

Passwords never come from the command line (it is visible in ``ps`` and shell history):
``JIANHU_NEW_PASSWORD`` if set, else one line from standard input when it is not a
terminal, else an interactive prompt (asked twice).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_parsers"]


def _read_password() -> str:
    env = os.environ.get("JIANHU_NEW_PASSWORD")
    if env:
        return env
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise SystemExit("error: the passwords differ")
    return first


def _accounts(args: argparse.Namespace) -> Any:
    from proxy.cli import _settings, _store
    from proxy.storage.accounts import AccountStore

    return AccountStore(_store(_settings()).engine)


def cmd_user_create(args: argparse.Namespace) -> int:
    from proxy.storage.accounts import AccountError

    password = None if args.no_password else _read_password()
    try:
        user = _accounts(args).create_user(args.username, args.role, args.department, args.display_name, password)
    except AccountError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(json.dumps(user.public(), ensure_ascii=False) + "\n")
    return 0


def cmd_user_token(args: argparse.Namespace) -> int:
    from proxy.storage.accounts import AccountError

    try:
        token = _accounts(args).create_token(args.username, args.name)
    except AccountError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(json.dumps({"username": args.username, "token": token}) + "\n")
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    if not _accounts(args).disable_user(args.username):
        sys.stderr.write("error: no such user\n")
        return 1
    return 0


def cmd_retention_run(args: argparse.Namespace) -> int:
    from proxy import shredding
    from proxy.cli import _settings, _store
    from proxy.retention import purge

    settings = _settings()
    destroyed: list[int] = []
    report = purge(_store(settings), settings.retention_days, actor="cli", on_keys_destroyed=destroyed.extend)
    if destroyed:  # running replicas drop the shredded keys at once with Redis, else within the cache TTL
        report["announced"] = shredding.publish_from_cli(settings, [shredding.event(ids=destroyed)])
    sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    return 0


def cmd_export_verify(args: argparse.Namespace) -> int:
    from proxy.cli import _keyring, _settings
    from proxy.termination import verify_bundle

    problems = verify_bundle(Path(args.file).read_bytes(), _keyring(_settings()))
    sys.stdout.write(json.dumps({"valid": not problems, "problems": problems}) + "\n")
    return 0 if not problems else 1


def add_parsers(sub: Any) -> None:
    user = sub.add_parser("user", help="console and API accounts").add_subparsers(dest="user_command",
                                                                                  required=True)
    u = user.add_parser("create", help="create a user; the password is read from JIANHU_NEW_PASSWORD, "
                                       "stdin or a prompt")
    u.add_argument("--username", required=True)
    u.add_argument("--role", required=True, choices=["bureau_admin", "department_admin", "guardian", "auditor"])
    u.add_argument("--department")
    u.add_argument("--display-name")
    u.add_argument("--no-password", action="store_true", help="a token-only service account")
    u.set_defaults(func=cmd_user_create)
    u = user.add_parser("token", help="an API token that acts as the user")
    u.add_argument("--username", required=True)
    u.add_argument("--name")
    u.set_defaults(func=cmd_user_token)
    u = user.add_parser("disable")
    u.add_argument("--username", required=True)
    u.set_defaults(func=cmd_user_disable)
    ret = sub.add_parser("retention", help="audit record retention").add_subparsers(dest="retention_command",
                                                                                    required=True)
    r = ret.add_parser("run", help="purge records past the retention period now")
    r.set_defaults(func=cmd_retention_run)
    exp = sub.add_parser("export", help="robot export bundles").add_subparsers(dest="export_command",
                                                                               required=True)
    e = exp.add_parser("verify", help="check a bundle's signature and file hashes; exit 1 on a problem")
    e.add_argument("file")
    e.set_defaults(func=cmd_export_verify)
