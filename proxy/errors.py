"""Errors and their OpenAI-shaped JSON.

    GuardrailError                 base; carries status, type, code; message has no user text
    ├── PolicyError                a policy failed validation (startup, registration, reload)
    ├── RequestError               the client sent something we cannot serve (4xx)
    │   ├── AuthError              401: missing, unknown or revoked key
    │   ├── ForbiddenError         403: the robot may not be served now (suspended...)
    │   └── RateLimitError         429
    ├── FilterUnavailableError     503: a robot's filters could not be built (a model failed to load)
    └── UpstreamError              502/504: the model provider failed or timed out

A blocked request is a decision, not an exception. One handler in ``proxy.app`` turns
these into ``{"error": {"message", "type", "param", "code"}}``.
"""

from __future__ import annotations

from typing import Any

import orjson

__all__ = [
    "AuthError",
    "FilterUnavailableError",
    "ForbiddenError",
    "GuardrailError",
    "PolicyConfigError",
    "RateLimitError",
    "RequestError",
    "UpstreamError",
    "error_body",
]


class GuardrailError(Exception):
    status = 500
    type = "server_error"
    code = "internal_error"

    def __init__(
        self, message: str, *, code: str | None = None, status: int | None = None, param: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.robot_id: str | None = None  # set when the robot is known, so the failure is audited
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status

    def body(self) -> bytes:
        return error_body(self.message, self.type, self.code, self.param)


class PolicyConfigError(GuardrailError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_policy"


class FilterUnavailableError(GuardrailError):
    """The robot's pipeline could not be built; its requests fail closed until it can be."""

    status = 503
    type = "server_error"
    code = "filters_unavailable"


class RequestError(GuardrailError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_request"


class AuthError(RequestError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class ForbiddenError(RequestError):
    status = 403
    type = "permission_error"
    code = "robot_unavailable"


class RateLimitError(RequestError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class UpstreamError(GuardrailError):
    status = 502
    type = "upstream_error"
    code = "upstream_unavailable"


def error_body(message: str, type_: str, code: str, param: str | None = None) -> bytes:
    payload: dict[str, Any] = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return orjson.dumps(payload)
