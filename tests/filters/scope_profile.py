"""The social-insurance hotline profile the scope filter tests share (written for the tests)."""

from __future__ import annotations

from typing import Any

from filters.base import FilterContext

__all__ = ["CTX", "PROFILE"]

CTX = FilterContext("req-test", "robot-test")

PROFILE: dict[str, Any] = {
    "duty": "福田区社会保险热线的智能客服，解答养老、失业、工伤、生育保险的参保、缴费、待遇申领和社保卡业务。",
    "allowed_tasks": [
        {"name": "参保和缴费", "description": "个人和单位参保登记、缴费基数、补缴、断缴、灵活就业参保",
         "examples": ["灵活就业人员怎么交社保", "社保断缴了三个月有什么影响", "社保缴费基数是多少"]},
        {"name": "养老保险待遇", "description": "退休条件、养老金计算和领取、养老保险关系转移",
         "examples": ["交满多少年可以领养老金", "养老金怎么计算", "社保从外地转到深圳怎么办"]},
        {"name": "失业和生育待遇", "description": "失业保险金、生育津贴的申领条件和流程",
         "examples": ["失业金怎么领", "生育津贴能领多少"]},
    ],
    "handoff": "这个问题不在社保热线的服务范围内，请拨打12345热线。",
}
