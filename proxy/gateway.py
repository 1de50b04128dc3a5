"""The gateway: what every request needs, built once in the app's lifespan.

It owns the storage, shared state, upstream client, executors, audit writer and the
per-robot pipelines. Pipelines are cached by (policy, overrides) and replaced whole
on reload; robot keys are cached for ``key_cache_ttl_s`` and dropped at once when a
status or key change is announced on the shared state.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from filters.injection.leak import make_canary
from filters.pipeline import Pipeline
from filters.policy import Policy, PolicyError, load_policy
from models.store import ModelStore
from proxy import shredding
from proxy.anomaly import AnomalyMonitor
from proxy.audit import AuditWriter
from proxy.consent import ConsentService
from proxy.errors import AuthError, FilterUnavailableError, ForbiddenError, PolicyConfigError
from proxy.executor import CpuRunner, IoRunner
from proxy.metrics import Metrics
from proxy.settings import Settings
from proxy.state import SharedState
from proxy.storage import RobotRecord, Store, hash_secret
from proxy.storage.consents import ConsentStore
from proxy.upstream import Upstream
from proxy.vaults import VaultCache

__all__ = ["SERVABLE", "Gateway", "RobotRuntime"]

log = logging.getLogger("jianhu.gateway")

#: Statuses in which the model API answers. ``safe_mode`` answers without the model.
SERVABLE = ("active", "safe_mode")


@dataclass(frozen=True, slots=True)
class RobotRuntime:
    robot: RobotRecord
    pipeline: Pipeline
    status: str

    @property
    def policy(self) -> Policy:
        return self.pipeline.policy


class Gateway:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        state: SharedState,
        upstream: Upstream,
        models: ModelStore,
        metrics: Metrics,
    ) -> None:
        self.settings = settings
        self.store = store
        self.state = state
        self.upstream = upstream
        self.models = models
        self.metrics = metrics
        self.cpu = CpuRunner(settings.cpu_workers, settings.cpu_queue, settings.cpu_queue_timeout_s)
        self.io = IoRunner()
        self.audit = AuditWriter(
            self._write_batch, settings.audit_queue_size, settings.audit_batch_size, settings.audit_interval_s
        )
        self.vaults = VaultCache()
        self.consents = ConsentService(ConsentStore(store) if store.cipher is not None else None, state, self.io,
                                       settings.consent_cache_ttl_s)
        self._canary_secret = os.urandom(32)
        self._replica = os.urandom(8).hex()  # tags this replica's own announcements
        self.anomaly = AnomalyMonitor(state, self._record_event, self.set_status)
        self._pipelines: dict[tuple[int, bytes], Pipeline] = {}
        self._keys: dict[str, tuple[RobotRecord, bool, float]] = {}
        self._key_generation = 0  # bumped by every announced change: in-flight lookups are not cached
        self.ready = False
        state.add_listener(self._on_event)

    # -- lifecycle --------------------------------------------------------------------
    async def start(self) -> None:
        if self.store.cipher is not None:
            # Unwrap the system data key now: a master key that does not match the stored
            # data keys stops start-up here, instead of stalling the audit trail later.
            await self.io(self.store.cipher.keys.data_key, None)
        await self.state.start()
        robots = await self.io(self.store.list_robots)
        await self.state.load_statuses({r.robot_id: r.status for r in robots})
        # Load the shared models and lexicons through the shipped default policy, then build
        # (and so validate) every robot's pipeline, before declaring readiness: no request
        # ever waits for a model to load.
        await self.io(self._warm_default)
        for robot in robots:
            if robot.status != "terminated":
                await self.io(self.pipeline_for, robot)
        self.audit.start()
        # Models, lexicons and pipelines live as long as the process: move them out of the
        # collector's generations so that collections do not rescan them (tail latency).
        gc.collect()
        gc.freeze()
        self.ready = True

    async def close(self) -> None:
        self.ready = False
        await self.anomaly.close()
        await self.audit.close()
        await self.upstream.close()
        await self.state.close()
        self.cpu.shutdown()
        self.io.shutdown()

    async def _record_event(self, robot_id: str, event: str, actor: str, detail: dict[str, Any]) -> None:
        await self.io(self.store.add_robot_event, robot_id, event, actor, detail)

    async def _write_batch(self, rows: Sequence[dict[str, Any]]) -> None:
        await self.io(self.store.insert_exchanges, rows)

    def _on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind in ("status", "keys"):
            self._key_generation += 1
            robot_id = event.get("robot_id")
            self._keys = {k: v for k, v in self._keys.items() if v[0].robot_id != robot_id}
        elif kind == "reload" and event.get("origin") != self._replica:
            self._key_generation += 1
            self._pipelines = {}
            self._keys = {}
        elif kind == shredding.EVENT_TYPE:  # an erasure: no replica may decrypt with those keys again
            shredding.apply(self.store.cipher, event)

    def canary(self, robot_id: str) -> str:
        """The robot's system-prompt canary (``JH-`` + 16 base32 characters), secret to this process."""
        return make_canary(robot_id, self._canary_secret)

    # -- policies and pipelines ---------------------------------------------------------
    def _warm_default(self) -> None:
        text = self.settings.default_policy_path.read_text(encoding="utf-8")
        Pipeline.from_policy(load_policy(text, self.settings.tiers_dir), self.models).warm_up()

    def policy_for(self, robot: RobotRecord) -> Policy:
        document = self.store.get_policy_document(robot.policy_id)
        try:
            return load_policy(document, self.settings.tiers_dir, robot.overrides, origin=f"robot {robot.robot_id}")
        except PolicyError as exc:
            raise PolicyConfigError(str(exc)) from exc

    def pipeline_for(self, robot: RobotRecord) -> Pipeline:
        key = (robot.policy_id, orjson.dumps(robot.overrides, option=orjson.OPT_SORT_KEYS))
        pipeline = self._pipelines.get(key)
        if pipeline is None:
            policy = self.policy_for(robot)
            try:
                pipeline = Pipeline.from_policy(policy, self.models)
                pipeline.warm_up()
            except Exception as exc:  # a model or endpoint named by the policy failed to load
                log.error("pipeline.build_failed", extra={"robot_id": robot.robot_id, "error": type(exc).__name__})
                raise FilterUnavailableError("the robot's filters could not be loaded") from exc
            self._pipelines[key] = pipeline
        return pipeline

    async def reload(self) -> None:
        """Rebuild every pipeline from the stored policies and tier files, then swap."""
        old = self._pipelines
        self._pipelines = {}
        try:
            for robot in await self.io(self.store.list_robots):
                if robot.status != "terminated":
                    await self.io(self.pipeline_for, robot)
        except Exception:
            self._pipelines = old
            raise
        self._keys = {}
        await self.state.publish({"type": "reload", "origin": self._replica})

    # -- authentication ---------------------------------------------------------------
    def status_of(self, robot: RobotRecord) -> str:
        return self.state.get_status(robot.robot_id) or robot.status

    async def robot_for_key(self, key: str) -> RobotRecord:
        digest = hash_secret(key)
        now = time.monotonic()
        cached = self._keys.get(digest)
        if cached is not None and cached[2] > now:
            robot, revoked = cached[0], cached[1]
        else:
            generation = self._key_generation
            found = await self.io(self.store.robot_for_key, key)
            if found is None:
                raise AuthError("invalid API key")
            robot, revoked = found
            if len(self._keys) > 50_000:
                self._keys = {}
            if generation == self._key_generation:  # no change was announced meanwhile
                self._keys[digest] = (robot, revoked, now + self.settings.key_cache_ttl_s)
        if revoked:
            exc = AuthError("this API key has been revoked", code="revoked_api_key")
            exc.robot_id = robot.robot_id
            raise exc
        return robot

    async def authenticate(self, authorization: str | None) -> RobotRuntime:
        if not authorization or not authorization.startswith("Bearer ") or len(authorization) < 12:
            raise AuthError("missing API key: send 'Authorization: Bearer <key>'", code="missing_api_key")
        robot = await self.robot_for_key(authorization[7:].strip())
        status = self.status_of(robot)
        if status not in SERVABLE:
            exc = ForbiddenError(f"robot {robot.robot_id} is {status}", code=f"robot_{status}")
            exc.robot_id = robot.robot_id
            raise exc
        pipeline = self.pipeline_for_cached(robot)
        if pipeline is None:
            pipeline = await self.io(self.pipeline_for, robot)
        return RobotRuntime(robot, pipeline, status)

    def pipeline_for_cached(self, robot: RobotRecord) -> Pipeline | None:
        key = (robot.policy_id, orjson.dumps(robot.overrides, option=orjson.OPT_SORT_KEYS))
        return self._pipelines.get(key)

    async def set_status(self, robot_id: str, status: str, actor: str, reason: str) -> RobotRecord | None:
        robot = await self.io(self.store.set_robot_status, robot_id, status, actor, reason)
        if robot is not None:
            await self.state.set_status(robot_id, status)
            log.info("robot.status", extra={"robot_id": robot_id, "status": status, "actor": actor})
        return robot

    async def revoke_keys(self, robot_id: str) -> int:
        n = await self.io(self.store.revoke_keys, robot_id)
        await self.state.publish({"type": "keys", "robot_id": robot_id})
        return n
