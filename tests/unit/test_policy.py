from pathlib import Path

import pytest

from filters.policy import PolicyError, load_policy, merge_documents, policy_json_schema
from filters.size_guard import SizeGuardConfig

TIERS = Path(__file__).resolve().parents[2] / "configs" / "tiers"
POLICIES = Path(__file__).resolve().parents[2] / "configs" / "policies"


def test_shipped_default_policy_is_valid_and_inherits_its_tier() -> None:
    p = load_policy((POLICIES / "citizen_service.yaml").read_text(), TIERS)
    assert p.tier == "t2_citizen_service"
    guard = p.filters[0]
    assert isinstance(guard, SizeGuardConfig)
    assert guard.max_messages == 60 and guard.timeout_ms == 50  # tier value, policy value
    assert p.rate_limit.requests_per_minute == 600


@pytest.mark.parametrize("tier", [p.stem for p in TIERS.glob("*.yaml")])
def test_every_tier_makes_a_valid_policy(tier: str) -> None:
    assert load_policy(f"name: x\ntier: {tier}\n", TIERS).tier == tier


@pytest.mark.parametrize(
    ("doc", "names"),
    [
        ("name: x\ntier: t1_information\nfilterz: []\n", "filterz"),
        ("name: x\ntier: t1_information\nfilters:\n  - type: size_guard\n    max_mesages: 3\n", "max_mesages"),
        ("name: x\ntier: t1_information\nfilters:\n  - type: nonsense\n", "nonsense"),
        ("name: x\ntier: t1_information\nfilters:\n  - type: size_guard\n    on_error: maybe\n", "on_error"),
        ("name: x\ntier: t9\n", "tier"),
        ("name: x\n", "tier"),
        ("name: x\ntier: ../../etc\n", "tier"),
        ("- a\n- b\n", "mapping"),
        ("name: [unclosed\n", "YAML"),
        ("tier: t1_information\n", "name"),
        ("name: x\ntier: t1_information\npersona:\n  refusal: ''\n", "persona.refusal"),
    ],
)
def test_bad_policies_are_rejected_naming_the_key(doc: str, names: str) -> None:
    with pytest.raises(PolicyError) as err:
        load_policy(doc, TIERS)
    assert names in str(err.value)


def test_version_changes_with_content_and_overrides() -> None:
    base = "name: x\ntier: t2_citizen_service\n"
    v1 = load_policy(base, TIERS).version()
    assert load_policy(base, TIERS).version() == v1
    v2 = load_policy(base, TIERS, {"filters": [{"type": "size_guard", "max_messages": 5}]}).version()
    assert v2 != v1


def test_merge_filters_by_type_and_replace_other_lists() -> None:
    base = {"filters": [{"type": "a", "x": 1, "y": 1}], "tags": [1, 2], "persona": {"refusal": "r", "u": "u"}}
    over = {"filters": [{"type": "a", "x": 2}, {"type": "b"}], "tags": [3], "persona": {"refusal": "R"}}
    assert merge_documents(base, over) == {
        "filters": [{"type": "a", "x": 2, "y": 1}, {"type": "b"}], "tags": [3], "persona": {"refusal": "R", "u": "u"}
    }


def test_json_schema_names_every_filter_type() -> None:
    schema = policy_json_schema()
    assert schema["additionalProperties"] is False
    assert "size_guard" in str(schema)


def test_shipped_schema_file_is_current() -> None:
    import json

    shipped = json.loads((POLICIES.parent / "policy.schema.json").read_text())
    assert shipped == policy_json_schema()
