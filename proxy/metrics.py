"""Prometheus metrics, one registry per app instance."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["Metrics"]

_LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "jianhu_requests", "Requests by endpoint and HTTP status", ["endpoint", "status"], registry=self.registry
        )
        self.decisions = Counter(
            "jianhu_decisions", "Filter decisions by filter and action", ["filter", "action"], registry=self.registry
        )
        self.outcomes = Counter(
            "jianhu_outcomes", "Final action per exchange", ["endpoint", "action"], registry=self.registry
        )
        self.latency = Histogram(
            "jianhu_request_latency_seconds", "Request latency (to the last byte)", ["endpoint"],
            buckets=_LATENCY_BUCKETS, registry=self.registry,
        )
        self.filter_latency = Histogram(
            "jianhu_filter_latency_seconds", "Filter latency", ["filter"], buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.upstream_latency = Histogram(
            "jianhu_upstream_latency_seconds", "Upstream latency (to the response headers)",
            buckets=_LATENCY_BUCKETS, registry=self.registry,
        )
        self.audit_queue = Gauge("jianhu_audit_queue_depth", "Audit records waiting", registry=self.registry)
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}

    def child(self, metric: Any, *labels: str) -> Any:
        """``metric.labels(*labels)``, cached: label lookups are on every request."""
        key = (id(metric), labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found
