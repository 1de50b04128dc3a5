# Sourced by scripts/serve and scripts/test: create .venv and install the project into it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
stamp=".venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-${1:-run}"
if [ ! -f "$stamp" ]; then
  python -m pip install -q --upgrade pip
  if [ "${1:-run}" = "test" ]; then
    python -m pip install -q -e ".[test]"
  else
    python -m pip install -q -e .
  fi
  touch "$stamp"
fi
