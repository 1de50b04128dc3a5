"""The jianhu command line, run as a user would (subprocess, environment settings)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from proxy.robot_id import is_valid_robot_id

REPO = Path(__file__).resolve().parents[2]


def jianhu(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JIANHU_DATA_DIR": str(tmp_path / "data"), "JIANHU_CONFIG_DIR": str(REPO / "configs")}
    env.pop("JIANHU_DATABASE_URL", None)
    env.pop("JIANHU_REDIS_URL", None)
    return subprocess.run([sys.executable, "-m", "proxy.cli", *args], capture_output=True, text=True, env=env, check=False,
                          cwd=tmp_path, input=stdin, timeout=120)


def test_register_prints_id_and_key_as_json(tmp_path: Path) -> None:
    out = jianhu(tmp_path, "robot", "register", "--name", "小福", "--department", "福田区政数局", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"robot_id", "api_key"}
    assert is_valid_robot_id(data["robot_id"]) and data["api_key"].startswith("jh-")
    listed = json.loads(jianhu(tmp_path, "robot", "list").stdout)
    assert [r["robot_id"] for r in listed] == [data["robot_id"]]
    assert listed[0]["status"] == "active"


def test_register_with_a_bad_policy_names_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ntier: t2_citizen_service\nfilters:\n  - type: size_guard\n    max_mesages: 3\n")
    out = jianhu(tmp_path, "robot", "register", "--name", "n", "--department", "d", "--policy", str(bad))
    assert out.returncode == 2 and "max_mesages" in out.stderr
    out = jianhu(tmp_path, "policy", "validate", str(bad))
    assert out.returncode == 2 and "filters.0.size_guard.max_mesages" in out.stderr
    assert jianhu(tmp_path, "policy", "validate", str(REPO / "configs/policies/citizen_service.yaml")).returncode == 0


def test_check_decides_a_jsonl_file_with_the_robot_pipeline(tmp_path: Path) -> None:
    rid = json.loads(jianhu(tmp_path, "robot", "register", "--name", "n", "--department", "d", "--json").stdout)[
        "robot_id"]
    data = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": "你好"}, {"id": "b", "text": "坏\x00字符"}, {"id": "c", "text": "长" * 9000}]
    data.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    out = jianhu(tmp_path, "check", "--robot", rid, str(data))
    assert out.returncode == 0, out.stderr
    got = [json.loads(x) for x in out.stdout.splitlines()]
    assert [(g["id"], g["action"]) for g in got] == [("a", "allow"), ("b", "modify"), ("c", "block")]
    assert got[1]["text"] == "坏字符" and got[1]["findings"][0]["filter"] == "size_guard"
    assert all(g["policy_version"] for g in got)


def test_check_reports_malformed_lines(tmp_path: Path) -> None:
    rid = json.loads(jianhu(tmp_path, "robot", "register", "--name", "n", "--department", "d", "--json").stdout)[
        "robot_id"]
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": 1, "text": "ok"}\nnot json\n{"id": 2}\n')
    out = jianhu(tmp_path, "check", "--robot", rid, str(data))
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 1 and "line 2" in out.stderr and "line 3" in out.stderr


def test_admin_token_status_and_audit_tail(tmp_path: Path) -> None:
    tok = json.loads(jianhu(tmp_path, "admin", "token", "create", "--json").stdout)
    assert tok["token"].startswith("jha-")
    rid = json.loads(jianhu(tmp_path, "robot", "register", "--name", "n", "--department", "d", "--json").stdout)[
        "robot_id"]
    out = jianhu(tmp_path, "robot", "status", rid, "suspended", "--reason", "检查")
    assert out.returncode == 0 and json.loads(out.stdout)["status"] == "suspended"
    assert jianhu(tmp_path, "audit", "tail").returncode == 0


def test_refused_lifecycle_changes_are_one_line_errors_with_exit_2(tmp_path: Path) -> None:
    rid = json.loads(jianhu(tmp_path, "robot", "register", "--name", "n", "--department", "d", "--json").stdout)[
        "robot_id"]
    out = jianhu(tmp_path, "robot", "status", rid, "active")  # the bootstrap path registers as active
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == "error: the robot is already active (already_in_status)\n"
    out = jianhu(tmp_path, "robot", "status", rid, "suspended")
    assert out.returncode == 2 and "--reason" in out.stderr and "Traceback" not in out.stderr
    out = jianhu(tmp_path, "robot", "status", rid, "terminated", "--reason", "停止服务")
    assert out.returncode == 0, out.stderr
    done = json.loads(out.stdout)
    assert done["status"] == "terminated" and Path(done["export"]["file"]).is_file()
    assert jianhu(tmp_path, "export", "verify", done["export"]["file"]).returncode == 0
    for args in (("status", rid, "active"), ("status", rid, "safe_mode", "--reason", "演练"), ("key-create", rid)):
        out = jianhu(tmp_path, "robot", *args)
        assert out.returncode == 2 and out.stdout == "", args
        assert out.stderr.count("\n") == 1 and "(robot_terminated)" in out.stderr and "Traceback" not in out.stderr
    listed = json.loads(jianhu(tmp_path, "robot", "list").stdout)
    assert listed[0]["status"] == "terminated"


def test_register_help_says_the_cli_registers_active_robots_for_bootstrap(tmp_path: Path) -> None:
    out = jianhu(tmp_path, "robot", "register", "--help")
    assert out.returncode == 0
    text = " ".join(out.stdout.split())
    assert "directly in status 'active'" in text and "without guardians" in text and "POST /admin/v1/robots" in text


def test_policy_schema_is_json_schema(tmp_path: Path) -> None:
    schema = json.loads(jianhu(tmp_path, "policy", "schema").stdout)
    assert schema["title"] == "Jianhu policy" and "properties" in schema
