"""Filter registry: config ``type`` name -> (config class, factory).

Each filter package is listed here explicitly; the policy schema's discriminated
union of filter configs is built from this table, so a new filter is one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from filters.base import Filter, FilterConfig
from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from filters.injection import InjectionConfig, InjectionFilter
from filters.pii import PiiConfig, PiiFilter
from filters.scope import ScopeConfig, ScopeFilter
from filters.size_guard import SizeGuard, SizeGuardConfig
from models.store import ModelStore

__all__ = ["FILTER_TYPES", "FilterType", "build_filter"]


@dataclass(frozen=True, slots=True)
class FilterType:
    config: type[FilterConfig]
    build: Callable[[FilterConfig, ModelStore], Filter]


FILTER_TYPES: dict[str, FilterType] = {
    "size_guard": FilterType(SizeGuardConfig, lambda cfg, models: SizeGuard(cfg)),  # type: ignore[arg-type]
    "injection": FilterType(InjectionConfig, lambda cfg, models: InjectionFilter.from_store(cfg, models)),  # type: ignore[arg-type]
    "pii": FilterType(PiiConfig, lambda cfg, models: PiiFilter(cfg)),  # type: ignore[arg-type]
    "content_safety": FilterType(ContentSafetyConfig, lambda cfg, models: ContentSafetyFilter(cfg, models)),  # type: ignore[arg-type]
    "scope": FilterType(ScopeConfig, lambda cfg, models: ScopeFilter.from_store(cfg, models)),  # type: ignore[arg-type]
}


def build_filter(config: FilterConfig, models: ModelStore) -> Filter:
    type_name = config.type
    return FILTER_TYPES[type_name].build(config, models)
