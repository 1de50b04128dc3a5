"""The subset of the OpenAI chat API the proxy validates; other fields pass through.

Validation is strict where filters depend on the shape (roles, content types,
``n``) and lenient elsewhere, so new sampling parameters reach the upstream as sent.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

__all__ = ["ChatMessage", "ChatRequest", "CheckMessage", "CheckRequest", "message_text"]

Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class ToolCallFunction(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    arguments: str = ""


class ToolCall(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    type: str = "function"
    function: ToolCallFunction


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Role
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    messages: list[ChatMessage] = Field(min_length=1)
    stream: StrictBool = False
    n: int | None = Field(default=None, ge=1, le=1)
    user: str | None = Field(default=None, max_length=256)
    tools: list[dict[str, Any]] | None = None

    @field_validator("messages")
    @classmethod
    def _has_content(cls, messages: list[ChatMessage]) -> list[ChatMessage]:
        for i, m in enumerate(messages):
            if m.role == "user" and not message_text(m).strip() and not _has_non_text(m):
                raise ValueError(f"messages[{i}]: a user message needs non-empty content")
            if m.role == "tool" and not m.tool_call_id:
                raise ValueError(f"messages[{i}]: a tool message needs tool_call_id")
        return messages


def _has_non_text(m: ChatMessage) -> bool:
    return isinstance(m.content, list) and any(p.type != "text" for p in m.content)


def message_text(m: ChatMessage) -> str:
    """The text a filter sees: string content, or the text parts joined by newlines."""
    if isinstance(m.content, str):
        return m.content
    if isinstance(m.content, list):
        return "\n".join(p.text for p in m.content if p.type == "text" and p.text)
    return ""


class CheckMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant"]
    content: str = Field(max_length=1_000_000)
    #: The answer's tool calls, OpenAI's shape; checked on the final assistant message only.
    tool_calls: list[dict[str, Any]] | None = Field(default=None, max_length=128)


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    messages: list[CheckMessage] = Field(min_length=1)

    @field_validator("messages")
    @classmethod
    def _tool_calls_last(cls, messages: list[CheckMessage]) -> list[CheckMessage]:
        for i, m in enumerate(messages):
            if m.tool_calls is not None and (m.role != "assistant" or i != len(messages) - 1):
                raise ValueError(f"messages[{i}]: tool_calls are checked only on the final assistant message")
        return messages
