"""Tool-call control: allow-list, argument constraints, streamed-call assembly (no HTTP).

``config`` is the policy section, ``schema``/``validate`` the argument constraint
language and its checker, ``definitions`` the request side (the vendor's tool
definitions), ``calls`` one call from an answer, ``assembler`` streamed calls. The
proxy (``proxy/tools.py``) wires them into the chat path and the audit trail.
"""

from filters.tools.assembler import AssembledCall, ToolCallAssembler
from filters.tools.calls import (
    ARGUMENTS,
    MALFORMED,
    NOT_ALLOWED,
    CallCheck,
    check_arguments,
    check_call,
    dump_arguments,
    parse_arguments,
    replace_leaves,
    string_leaves,
)
from filters.tools.config import TOOL_NAME_PATTERN, AllowedTool, ToolPolicy
from filters.tools.definitions import DefinitionError, DefinitionResult, filter_definitions
from filters.tools.schema import ArgSchema
from filters.tools.validate import Violation, violations

__all__ = [
    "ARGUMENTS",
    "MALFORMED",
    "NOT_ALLOWED",
    "TOOL_NAME_PATTERN",
    "AllowedTool",
    "ArgSchema",
    "AssembledCall",
    "CallCheck",
    "DefinitionError",
    "DefinitionResult",
    "ToolCallAssembler",
    "ToolPolicy",
    "Violation",
    "check_arguments",
    "check_call",
    "dump_arguments",
    "filter_definitions",
    "parse_arguments",
    "replace_leaves",
    "string_leaves",
    "violations",
]
