"""Assessment reports (measures 4.3, 4.4): one robot, one period, a grade.

The report is computed from the audit trail and the review outcomes, never from
texts: volume; block/flag/modify rates overall and by category; review outcomes
(precision of flags = correct / (correct + false positive) over the labelled flagged
and blocked exchanges, missed harms = ``missed`` labels); complaints; latency p50/p95
and availability (share of answers that were not a server-side 5xx); anomaly events;
and a daily series of block and flag rates for the charts.

The grade follows ``configs/assessment.yaml`` (``AssessmentRules``): 优秀 when every
"excellent" rule holds, 合格 when every "qualified" rule holds, 不合格 otherwise. The
report lists each rule with the measured value and whether it held, and carries the
rules it was graded under, so a stored report stays explainable after the rules change.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine, select

from proxy.storage import tables as t
from proxy.storage.review import ReviewStore, Scope
from proxy.storage.times import aware

__all__ = ["GRADES", "AssessmentRules", "GradeRules", "build_report", "grade", "load_rules"]

GRADES = {"excellent": "优秀", "qualified": "合格", "unqualified": "不合格"}


class GradeRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_flag_precision: float = Field(ge=0, le=1)
    max_missed_per_1000: float = Field(ge=0)
    max_complaints_per_1000: float = Field(ge=0)
    min_availability: float = Field(ge=0, le=1)
    max_latency_p95_ms: float = Field(gt=0)
    max_anomaly_alerts: int = Field(ge=0)
    max_block_rate: float = Field(ge=0, le=1)


class AssessmentRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_labels: int = Field(default=5, ge=0)
    min_volume: int = Field(default=20, ge=0)
    excellent: GradeRules
    qualified: GradeRules


def load_rules(config_dir: Path) -> AssessmentRules:
    raw = yaml.safe_load((config_dir / "assessment.yaml").read_text(encoding="utf-8"))
    return AssessmentRules.model_validate(raw)


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return round(ordered[k], 3)


def build_report(engine: Engine, reviews: ReviewStore, robot_id: str, since: datetime, until: datetime,
                 rules: AssessmentRules) -> dict[str, Any]:
    ex = t.exchanges
    with engine.connect() as conn:
        rows = conn.execute(
            select(ex.c.created_at, ex.c.action, ex.c.categories, ex.c.status_code, ex.c.latency_ms)
            .where(ex.c.robot_id == robot_id, ex.c.endpoint == "chat", ex.c.created_at >= since,
                   ex.c.created_at < until)
        ).all()
        events = conn.execute(
            select(t.robot_events.c.event).where(
                t.robot_events.c.robot_id == robot_id, t.robot_events.c.event.like("anomaly.%"),
                t.robot_events.c.created_at >= since, t.robot_events.c.created_at < until)
        ).all()
    volume = len(rows)
    actions: Counter[str] = Counter(r.action for r in rows)
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    days: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        day = aware(r.created_at).date().isoformat()
        days[day]["total"] += 1
        days[day][r.action] += 1
        if r.action != "allow":
            for c in r.categories or []:
                by_category[str(c)][r.action] += 1
    latencies = [float(r.latency_ms) for r in rows if r.latency_ms is not None]
    served = sum(1 for r in rows if r.status_code < 500)
    labels = [x for x in reviews.labels(Scope(everything=True), robot_id, since, until)]
    verdicts: Counter[str] = Counter(x["verdict"] for x in labels if x["source"] in ("exchange", "manual",
                                                                                     "complaint"))
    judged = verdicts["correct"] + verdicts["false_positive"]
    complaints = reviews.count_complaints(robot_id, since, until)
    alerts = sum(1 for e in events if e.event == "anomaly.alert")

    def rate(n: int) -> float:
        return round(n / volume, 4) if volume else 0.0

    per_1000 = (lambda n: round(1000.0 * n / volume, 3) if volume else 0.0)  # noqa: E731
    metrics = {
        "volume": volume,
        "actions": dict(actions),
        "block_rate": rate(actions["block"]),
        "flag_rate": rate(actions["flag"]),
        "modify_rate": rate(actions["modify"]),
        "categories": {c: {"block": n["block"], "flag": n["flag"], "modify": n["modify"],
                           "rate": rate(sum(n.values()))} for c, n in sorted(by_category.items())},
        "review": {"labels": len(labels), "correct": verdicts["correct"],
                   "false_positive": verdicts["false_positive"], "missed": verdicts["missed"],
                   "flag_precision": round(verdicts["correct"] / judged, 4) if judged else None,
                   "missed_per_1000": per_1000(verdicts["missed"])},
        "complaints": complaints,
        "complaints_per_1000": per_1000(complaints),
        "latency_ms": {"p50": _percentile(latencies, 0.5), "p95": _percentile(latencies, 0.95)},
        "availability": round(served / volume, 5) if volume else None,
        "anomaly": {"alerts": alerts, "events": len(events)},
        "daily": [{"day": d, "total": c["total"], "block_rate": round(c["block"] / c["total"], 4),
                   "flag_rate": round(c["flag"] / c["total"], 4)} for d, c in sorted(days.items())],
    }
    result, checks = grade(metrics, rules)
    notes = []
    if volume < rules.min_volume:
        notes.append(f"only {volume} exchanges in the period (fewer than {rules.min_volume})")
    if judged < rules.min_labels:
        notes.append(f"flag precision not judged: {judged} reviewed flags (fewer than {rules.min_labels})")
    return {"robot_id": robot_id, "from": since.isoformat(), "to": until.isoformat(),
            "generated_at": datetime.now(UTC).isoformat(), "grade": result, "grade_zh": GRADES[result],
            "checks": checks, "notes": notes, "metrics": metrics, "rules": rules.model_dump()}


def _checks(m: dict[str, Any], r: GradeRules, min_labels: int) -> list[dict[str, Any]]:
    review = m["review"]
    judged = review["correct"] + review["false_positive"]
    out = [
        ("max_block_rate", m["block_rate"], r.max_block_rate, m["block_rate"] <= r.max_block_rate),
        ("max_missed_per_1000", review["missed_per_1000"], r.max_missed_per_1000,
         review["missed_per_1000"] <= r.max_missed_per_1000),
        ("max_complaints_per_1000", m["complaints_per_1000"], r.max_complaints_per_1000,
         m["complaints_per_1000"] <= r.max_complaints_per_1000),
        ("max_anomaly_alerts", m["anomaly"]["alerts"], r.max_anomaly_alerts,
         m["anomaly"]["alerts"] <= r.max_anomaly_alerts),
    ]
    if m["availability"] is not None:
        out.append(("min_availability", m["availability"], r.min_availability,
                    m["availability"] >= r.min_availability))
    if m["latency_ms"]["p95"] is not None:
        out.append(("max_latency_p95_ms", m["latency_ms"]["p95"], r.max_latency_p95_ms,
                    m["latency_ms"]["p95"] <= r.max_latency_p95_ms))
    if judged >= min_labels and review["flag_precision"] is not None:
        out.append(("min_flag_precision", review["flag_precision"], r.min_flag_precision,
                    review["flag_precision"] >= r.min_flag_precision))
    return [{"rule": name, "value": value, "limit": limit, "ok": ok} for name, value, limit, ok in out]


def grade(metrics: dict[str, Any], rules: AssessmentRules) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    excellent = _checks(metrics, rules.excellent, rules.min_labels)
    qualified = _checks(metrics, rules.qualified, rules.min_labels)
    checks = {"excellent": excellent, "qualified": qualified}
    if all(c["ok"] for c in excellent):
        return "excellent", checks
    if all(c["ok"] for c in qualified):
        return "qualified", checks
    return "unqualified", checks
