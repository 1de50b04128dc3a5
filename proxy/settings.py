"""Runtime settings: how to run (ports, stores, upstream, secrets), never what is allowed.

Every field reads ``JIANHU_<NAME>`` from the environment (or a ``.env`` file); the CLI
passes explicit values, which take precedence.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["REPO_ROOT", "Settings"]

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JIANHU_", env_file=".env", extra="ignore")

    data_dir: Path = Path("./data")
    #: SQLAlchemy URL; default is a SQLite file in ``data_dir``.
    database_url: str | None = None
    #: ``redis://host:port/db``; unset means in-process state (one replica only).
    redis_url: str | None = None
    redis_prefix: str = "jianhu:"
    config_dir: Path = REPO_ROOT / "configs"
    models_dir: Path | None = None
    #: Master key for encryption at rest (32 bytes, base64 or hex), or a key file of
    #: ``kid:key`` lines (mode 0600, the last line active). One of the two is required
    #: unless the demo upstream is in use, which creates ``<data_dir>/master.key``.
    master_key: SecretStr | None = None
    master_key_file: Path | None = None

    #: OpenAI-compatible upstream base URL (``.../v1``); unset starts the demo upstream.
    upstream_url: str | None = None
    upstream_model: str | None = None
    upstream_api_key: SecretStr | None = None
    upstream_connect_timeout_s: float = Field(default=5.0, gt=0)
    upstream_read_timeout_s: float = Field(default=120.0, gt=0)
    upstream_max_connections: int = Field(default=256, ge=1)

    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    cpu_workers: int = Field(default=2, ge=1, le=64)
    cpu_queue: int = Field(default=256, ge=1)
    cpu_queue_timeout_s: float = Field(default=2.0, gt=0, le=60)
    audit_queue_size: int = Field(default=10_000, ge=1)
    audit_batch_size: int = Field(default=500, ge=1)
    audit_interval_s: float = Field(default=0.05, ge=0, le=5)
    key_cache_ttl_s: float = Field(default=5.0, ge=0)
    #: Longest time a replica may act on a cached consent after a change when Redis
    #: pub/sub is unavailable (``proxy.consent``); announced changes apply at once.
    consent_cache_ttl_s: float = Field(default=5.0, ge=0, le=60)
    #: Longest time a replica may keep using a destroyed (erased) subject data key when the
    #: ``data_keys_destroyed`` announcement does not reach it (``proxy.shredding``); announced
    #: erasures apply at once.
    data_key_cache_ttl_s: float = Field(default=60.0, ge=0, le=3600)
    log_level: str = "INFO"
    #: Console session lifetime (``proxy.auth``); the cookie is HttpOnly, SameSite=Strict.
    session_ttl_s: float = Field(default=8 * 3600.0, ge=60, le=7 * 86_400)
    #: Mark the session cookie ``Secure`` (set when the console is served over HTTPS).
    session_cookie_secure: bool = False
    #: Exchanges older than this are purged by the retention job (measures 4.6: at least 180 days).
    retention_days: int = Field(default=180, ge=180, le=36_500)
    #: How often the in-app retention job runs; 0 disables it (run ``jianhu retention run`` instead).
    retention_interval_s: float = Field(default=3600.0, ge=0)

    @field_validator("upstream_url")
    @classmethod
    def _strip_slash(cls, v: str | None) -> str | None:
        return v.rstrip("/") if v else v

    @property
    def demo_upstream(self) -> bool:
        return self.upstream_url is None

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'jianhu.db').resolve()}"

    @property
    def tiers_dir(self) -> Path:
        return self.config_dir / "tiers"

    @property
    def default_policy_path(self) -> Path:
        return self.config_dir / "policies" / "citizen_service.yaml"
