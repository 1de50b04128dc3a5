"""The consent registry on real SQLite and PostgreSQL: grants, renewals, withdrawal, erasure."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from proxy.consent import states_of
from proxy.crypto.envelope import field_aad
from proxy.crypto.errors import KeyDestroyedError
from proxy.storage import Store
from proxy.storage import tables as t
from proxy.storage.consents import ConsentStore, Visibility

SUBJECT = "citizen-42"
DEPT = "福田区政务服务数据管理局"
LATER = datetime.now(UTC) + timedelta(days=30)


@pytest.fixture
def reg(store: Store) -> ConsentStore:
    return ConsentStore(store)


def test_grant_stores_no_subject_id_and_encrypts_evidence(reg: ConsentStore) -> None:
    record, renewed = reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "kiosk_touch", "kiosk-log-778",
                                "robot:R1", "R1")
    assert not renewed and record.status() == "valid" and record.consent_id.startswith("cns_")
    with reg.engine.connect() as conn:
        row = conn.execute(select(t.consents)).one()
        events = conn.execute(select(t.consent_events)).all()
    assert row.subject == reg.slot(SUBJECT) and SUBJECT not in str(tuple(row))
    assert row.evidence and "kiosk-log-778" not in row.evidence
    assert [e.event for e in events] == ["consent.granted"] and events[0].actor == "robot:R1"
    assert SUBJECT not in str(events[0].detail)


def test_second_grant_for_the_same_scope_and_purpose_renews_in_place(reg: ConsentStore) -> None:
    first, _ = reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "kiosk_touch", "e1", "robot:R1", "R1")
    further = LATER + timedelta(days=30)
    second, renewed = reg.grant(SUBJECT, "history", "robot", "R1", DEPT, further, "voice", None, "robot:R1", "R1")
    assert renewed and second.consent_id == first.consent_id and second.expires_at == further
    assert second.channel == "voice"
    assert len(reg.list_consents(SUBJECT, Visibility.everything())) == 1
    export = reg.export(SUBJECT, Visibility.everything())
    assert export["consents"][0]["evidence"] == "e1"  # a renewal without evidence keeps it
    assert [e["event"] for e in export["consent_events"]] == ["consent.granted", "consent.renewed"]


def test_other_scopes_and_purposes_are_separate_grants(reg: ConsentStore) -> None:
    reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "app", None, "robot:R1", "R1")
    reg.grant(SUBJECT, "history", "robot", "R2", DEPT, LATER, "app", None, "robot:R2", "R2")
    reg.grant(SUBJECT, "history", "department", None, DEPT, LATER, "app", None, "robot:R1", "R1")
    reg.grant(SUBJECT, "personalization", "robot", "R1", DEPT, LATER, "app", None, "robot:R1", "R1")
    assert len(reg.list_consents(SUBJECT, Visibility.everything())) == 4
    mine = reg.list_consents(SUBJECT, Visibility(robot_id="R1", department=DEPT))
    assert {(r.scope, r.robot_id, r.purpose) for r in mine} == {
        ("robot", "R1", "history"), ("department", None, "history"), ("robot", "R1", "personalization")}


def test_an_expired_current_grant_lapses_and_a_new_one_is_inserted(reg: ConsentStore) -> None:
    old, _ = reg.grant(SUBJECT, "history", "robot", "R1", DEPT, datetime.now(UTC) + timedelta(milliseconds=1),
                       "app", None, "robot:R1", "R1")
    with reg.engine.begin() as conn:  # make it expired without waiting
        conn.execute(t.consents.update().values(expires_at=datetime.now(UTC) - timedelta(days=1)))
    new, renewed = reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "app", None, "robot:R1", "R1")
    assert not renewed and new.consent_id != old.consent_id
    statuses = {r.consent_id: r.status() for r in reg.list_consents(SUBJECT, Visibility.everything())}
    assert statuses == {old.consent_id: "expired", new.consent_id: "valid"}


def test_concurrent_grants_leave_one_current_consent(reg: ConsentStore) -> None:
    errors: list[BaseException] = []

    def grant() -> None:
        try:
            reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "app", None, "robot:R1", "R1")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    reg.slot(SUBJECT)  # create the index key first
    threads = [threading.Thread(target=grant) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert len(reg.list_consents(SUBJECT, Visibility.everything())) == 1


def test_withdrawal_is_recorded_and_idempotent(reg: ConsentStore) -> None:
    record, _ = reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "app", None, "robot:R1", "R1")
    done = reg.withdraw(record.consent_id, "robot:R1", "subject_request", "R1")
    assert done is not None and done[2] and done[0].status() == "withdrawn" and done[0].withdrawn_by == "robot:R1"
    again = reg.withdraw(record.consent_id, "robot:R1", "subject_request", "R1")
    assert again is not None and not again[2]
    assert reg.withdraw("cns_unknown", "robot:R1", "x", "R1") is None
    # a fresh grant after a withdrawal is a new consent, not a renewal
    fresh, renewed = reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "app", None, "robot:R1", "R1")
    assert not renewed and fresh.consent_id != record.consent_id
    events = [e["event"] for e in reg.events(SUBJECT)]
    assert events == ["consent.granted", "consent.withdrawn", "consent.granted"]


def test_withdraw_matching_only_touches_what_the_caller_sees(reg: ConsentStore) -> None:
    reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "app", None, "robot:R1", "R1")
    reg.grant(SUBJECT, "history", "robot", "R2", DEPT, LATER, "app", None, "robot:R2", "R2")
    done, _ = reg.withdraw_matching(SUBJECT, Visibility(robot_id="R1", department=DEPT), None, "robot:R1", "x", "R1")
    assert [(r.robot_id, r.status()) for r in done] == [("R1", "withdrawn")]
    assert [r.status() for r in reg.list_consents(SUBJECT, Visibility(robot_id="R2", department=DEPT))] == ["valid"]
    none, _ = reg.withdraw_matching("nobody", Visibility(robot_id="R1", department=DEPT), None, "robot:R1", "x", "R1")
    assert none == [] and [e["event"] for e in reg.events("nobody")] == ["consent.withdraw_none"]


def test_hot_path_states_cover_robot_and_department_scope(reg: ConsentStore) -> None:
    slot = reg.slot(SUBJECT)
    reg.grant(SUBJECT, "history", "department", None, DEPT, LATER, "app", None, "robot:R9", "R9")
    r1, _ = reg.grant(SUBJECT, "personalization", "robot", "R1", DEPT, LATER, "app", None, "robot:R1", "R1")
    assert {k: v.value for k, v in states_of(reg.states(slot, "R1", DEPT)).items()} == {
        "history": "valid", "personalization": "valid"}
    assert {k: v.value for k, v in states_of(reg.states(slot, "R2", DEPT)).items()} == {"history": "valid"}
    assert states_of(reg.states(slot, "R3", "另一个部门")) == {}
    reg.withdraw(r1.consent_id, "robot:R1", "x", "R1")
    assert states_of(reg.states(slot, "R1", DEPT))["personalization"].value == "withdrawn"


def test_erasure_withdraws_consents_and_shreds_evidence_and_transcripts(reg: ConsentStore, store: Store) -> None:
    reg.grant(SUBJECT, "history", "robot", "R1", DEPT, LATER, "app", "signed-form-9", "robot:R1", "R1")
    store.insert_exchanges([{
        "request_id": "req_erase_1", "robot_id": None, "created_at": datetime.now(UTC), "endpoint": "chat",
        "stream": False, "model": "m", "subject_id": SUBJECT, "policy_version": "v", "action": "allow",
        "categories": [], "decisions": [], "status_code": 200, "error_code": None, "upstream_status": 200,
        "upstream_latency_ms": 1.0, "latency_ms": 2.0, "prompt_tokens": 1, "completion_tokens": 1,
        "request_text": "我的身份证号是…", "response_text": "好的"}])
    before = reg.export(SUBJECT, Visibility.everything())
    assert before["held"] and before["exchanges"][0]["request_text"] == "我的身份证号是…"
    assert before["consents"][0]["evidence"] == "signed-form-9"

    out = reg.erase(SUBJECT, "admin:test", None, request_ref="T-1")
    assert out == {"object": "subject_erasure", "key_destroyed": True, "consents_withdrawn": 1}

    # the rows are still there, but nothing the subject's key sealed can be read
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT request_text, response_text FROM exchanges WHERE request_id = 'req_erase_1'")
                           ).one()
        evidence = conn.execute(select(t.consents.c.evidence)).scalar_one()
        keys = conn.execute(select(t.subject_keys.c.wrapped_dek, t.subject_keys.c.destroyed_at)
                            .where(t.subject_keys.c.destroyed_at.is_not(None))).all()
    assert keys and all(k.wrapped_dek is None for k in keys)
    for token, aad in ((row.request_text, ("exchanges", "request_text", "req_erase_1")),
                       (evidence, ("consents", "evidence", before["consents"][0]["id"]))):
        assert token
        with pytest.raises(KeyDestroyedError):
            reg.cipher.decrypt(token, field_aad(*aad))
    after = reg.export(SUBJECT, Visibility.everything())
    assert after["exchanges"][0]["erased"] and after["exchanges"][0]["request_text"] is None
    assert after["consents"][0]["status"] == "withdrawn" and after["consents"][0]["withdraw_reason"] == "erasure"
    assert after["consents"][0]["evidence"] is None and after["consents"][0]["evidence_erased"]
    assert after["consent_events"][-1]["event"] == "subject.erased"


def test_unknown_subject_exports_as_nothing_held(reg: ConsentStore) -> None:
    out = reg.export("never-seen", Visibility.everything())
    assert out["held"] is False and out["consents"] == [] and out["exchanges"] == []
