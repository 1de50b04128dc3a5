"""``create_app(settings) -> FastAPI``: the factory; nothing happens at import.

The lifespan opens the database (running migrations), the shared state, the upstream
client and the models, builds every robot's pipeline, and only then reports ready.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from models.store import ModelStore
from proxy.crypto import FieldCipher, load_keyring
from proxy.demo_upstream import DemoUpstream
from proxy.errors import GuardrailError, error_body
from proxy.executor import pin_native_threads
from proxy.gateway import Gateway
from proxy.hotpath import HotPathMiddleware
from proxy.logs import configure_logging
from proxy.metrics import Metrics
from proxy.retention import RetentionJob
from proxy.routes import admin, consents, console, public, registry_api
from proxy.routes.chat import chat_completions
from proxy.routes.review_routers import REVIEW_ROUTERS
from proxy.settings import Settings
from proxy.state import InProcessState, RedisState, SharedState
from proxy.storage import Store, make_engine, upgrade
from proxy.upstream import HttpUpstream, Upstream

__all__ = ["create_app"]

log = logging.getLogger("jianhu.app")


def build_upstream(settings: Settings) -> Upstream:
    if settings.upstream_url is None:
        return DemoUpstream()
    if not settings.upstream_model:
        raise ValueError("JIANHU_UPSTREAM_MODEL is required with JIANHU_UPSTREAM_URL")
    key = settings.upstream_api_key.get_secret_value() if settings.upstream_api_key else None
    return HttpUpstream(
        settings.upstream_url,
        settings.upstream_model,
        key,
        settings.upstream_connect_timeout_s,
        settings.upstream_read_timeout_s,
        settings.upstream_max_connections,
    )


def build_state(settings: Settings) -> SharedState:
    if settings.redis_url:
        return RedisState(settings.redis_url, settings.redis_prefix)
    return InProcessState()


def _error(status: int, message: str, type_: str, code: str) -> Response:
    return Response(error_body(message, type_, code), status_code=status, media_type="application/json")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging(settings.log_level)
    pin_native_threads(1)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.resolved_database_url)
        upgrade(engine)
        keyring = load_keyring(settings, demo=settings.demo_upstream)  # fails clearly without a key
        gw = Gateway(
            settings,
            Store(engine, FieldCipher.from_engine(engine, keyring, cache_ttl_s=settings.data_key_cache_ttl_s)),
            build_state(settings),
            build_upstream(settings),
            ModelStore(settings.models_dir),
            Metrics(),
        )
        app.state.gateway = gw
        await gw.start()
        retention = RetentionJob(gw)  # purges audit records past the retention period (proxy.retention)
        retention.start()
        if gw.upstream.demo:
            log.warning("upstream.demo", extra={"note": "no upstream configured: answering with the DEMO responder"})
        log.info("server.ready", extra={"database": engine.url.get_backend_name(), "state": type(gw.state).__name__})
        try:
            yield
        finally:
            await retention.close()
            await gw.close()
            engine.dispose()

    # FastAPI's built-in OpenTelemetry hooks are off: they cost time on every request
    # and their "logs" option records exception messages, which may quote user text.
    telemetry = {"tracing": False, "metrics": False, "logs": False, "operation_spans": False,
                 "auto_configure": False}
    app = FastAPI(title="Jianhu guardrail proxy", version="0.1.0", lifespan=lifespan,
                  telemetry=telemetry)  # type: ignore[arg-type]

    @app.exception_handler(GuardrailError)
    async def _guardrail_error(request: Request, exc: GuardrailError) -> Response:
        return Response(exc.body(), status_code=exc.status, media_type="application/json")

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        where = ".".join(str(p) for p in errors[0]["loc"]) if errors else "body"
        msg = errors[0]["msg"] if errors else "invalid request"
        return _error(400, f"invalid request: {where}: {msg}", "invalid_request_error", "invalid_request")

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, str(exc.detail), "invalid_request_error", code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.error("request.unhandled", extra={"error": type(exc).__name__, "path": request.url.path})
        return _error(500, "internal error", "server_error", "internal_error")

    app.add_middleware(HotPathMiddleware, routes={
        ("POST", "/v1/chat/completions"): chat_completions,
        ("POST", "/v1/guard/check"): public.guard_check,
    })
    # Routed as well, so the methods are listed and other methods get an OpenAI-shaped 405.
    app.router.add_route("/v1/chat/completions", chat_completions, methods=["POST"])
    app.router.add_route("/v1/models", public.list_models, methods=["GET"])
    app.router.add_route("/v1/guard/check", public.guard_check, methods=["POST"])
    app.router.add_route("/healthz", public.healthz, methods=["GET"])
    app.router.add_route("/readyz", public.readyz, methods=["GET"])
    app.router.add_route("/metrics", public.metrics, methods=["GET"])
    app.include_router(admin.router)
    app.include_router(consents.vendor_router)  # /v1/consents, /v1/subjects: PIPL consent and rights
    app.include_router(consents.admin_router)
    app.include_router(registry_api.router)  # users, guardians, onboarding, termination, retention
    console.install(app)  # console shell, robot pages, /console/static, HTML errors under /console
    for router in REVIEW_ROUTERS:  # review queue, complaints, assessments, policy versions, their pages
        app.include_router(router)
    return app
