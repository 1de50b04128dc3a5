"""Citizen complaints (measures 8.3): ``POST /v1/complaints`` and the web form ``/complaint``.

A citizen has only what the robot showed them: the reference code of the answer
(``X-Jianhu-Reference``, ``proxy.reference``: ``XXXX-XXXX-C``). The endpoints take that,
or the full request id (``req_…``) or completion id (``chatcmpl-…``), which is why no
robot key or login is needed: knowing a code gives no access to anything, it only
attaches a complaint to that exchange. The complaint enters the robot's review queue
(severity 3) and the bureau's list; the reply gives a tracking number (``CP…``).

Abuse controls: at most ``LIMIT`` complaints per client address per ``WINDOW_S``
seconds across every replica (the shared state's counters, keyed by a hash of the
address), 429 beyond; the text is 1-2000 characters, the optional contact at most 200;
the text and contact are stored encrypted and never logged. Errors use the OpenAI
error shape on the API and are shown inline on the form.
"""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import JSONResponse, Response

from proxy.auth import same_origin
from proxy.console import render
from proxy.errors import ForbiddenError, GuardrailError, RateLimitError, RequestError
from proxy.exchange import parse_model, read_json
from proxy.gateway import Gateway
from proxy.reference import format_reference, parse_reference, reference_code
from proxy.review import reviews

__all__ = ["LIMIT", "WINDOW_S", "router"]

router = APIRouter(tags=["complaints"])

LIMIT = 5
WINDOW_S = 600
MAX_TEXT = 2000
MAX_CONTACT = 200


class ComplaintBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reference: str = Field(min_length=1, max_length=64, description="XXXX-XXXX-C, req_… or chatcmpl-…")
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    contact: str | None = Field(default=None, max_length=MAX_CONTACT)


def _client_key(request: Request) -> str:
    host = request.client.host if request.client is not None else "unknown"
    return "complaint:" + hashlib.sha256(host.encode("utf-8")).hexdigest()[:24]


def _codes(reference: str) -> tuple[str | None, str | None]:
    """(reference code, request id) from what the citizen typed."""
    raw = reference.strip()
    if raw.startswith("req_") and 8 < len(raw) <= 40 and raw[4:].isalnum():
        return None, raw
    if raw.startswith("chatcmpl-") and 13 < len(raw) <= 45 and raw[9:].isalnum():
        return None, "req_" + raw[9:]
    code = parse_reference(raw)
    if code is None:
        raise RequestError("the reference code is not valid; check it and try again",
                           code="invalid_reference", param="reference")
    return code, None


async def file_complaint(gw: Gateway, request: Request, reference: str, text: str,
                         contact: str | None) -> dict[str, Any]:
    text = text.strip()
    contact = (contact or "").strip() or None
    if not text:
        raise RequestError("the complaint text is empty", code="invalid_request", param="text")
    if len(text) > MAX_TEXT:
        raise RequestError(f"the complaint text exceeds {MAX_TEXT} characters", code="invalid_request", param="text")
    if contact is not None and len(contact) > MAX_CONTACT:
        raise RequestError(f"the contact exceeds {MAX_CONTACT} characters", code="invalid_request", param="contact")
    code, request_id = _codes(reference)
    if await gw.state.hit(_client_key(request), WINDOW_S) > LIMIT:
        raise RateLimitError("too many complaints from this address; try again later",
                             code="complaint_rate_limited")
    await gw.audit.flush()  # an answer given a moment ago is on record
    store = reviews(gw)
    found = await gw.io(store.exchange_for_reference, code, request_id)
    if found is None:
        raise RequestError("no answer with this reference code was found", code="unknown_reference",
                           status=404, param="reference")
    exchange_id, robot_id, stored_request_id = found
    ref = code or reference_code(stored_request_id)
    out = await gw.io(store.add_complaint, ref, exchange_id, robot_id, text, contact)
    return {"object": "complaint", "id": out["id"], "status": out["status"], "reference": format_reference(ref),
            "robot_id": robot_id, "created_at": out["created_at"]}


@router.post("/v1/complaints", status_code=201)
async def post_complaint(request: Request) -> Response:
    """File a complaint about one answer, by the reference code the robot showed."""
    gw: Gateway = request.app.state.gateway
    body = parse_model(ComplaintBody, await read_json(request, 16_384))
    out = await file_complaint(gw, request, body.reference, body.text, body.contact)
    return JSONResponse(out, status_code=201)


@router.get("/complaint", include_in_schema=False)
async def complaint_form(request: Request, ref: str = "") -> Response:
    return render(request, "complaint.html", {"form": {"reference": ref[:64], "text": "", "contact": ""}})


@router.post("/complaint", include_in_schema=False)
async def complaint_submit(request: Request) -> Response:
    gw: Gateway = request.app.state.gateway
    form = await request.form()
    values = {k: str(form.get(k) or "")[: MAX_TEXT + 1] for k in ("reference", "text", "contact")}
    try:
        if not same_origin(request):
            raise ForbiddenError("cross-site form submission refused", code="cross_origin")
        out = await file_complaint(gw, request, values["reference"][:64], values["text"], values["contact"])
    except GuardrailError as exc:
        return render(request, "complaint.html", {"form": values, "error": exc.message, "code": exc.code},
                      status=exc.status)
    return render(request, "complaint.html", {"done": out, "form": {"reference": "", "text": "", "contact": ""}},
                  status=201)
