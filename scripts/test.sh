#!/usr/bin/env bash
# The whole test suite, from nothing: a virtualenv with the test extras, Debian's Chromium for the
# browser tests and PostgreSQL's server programs for the PostgreSQL ledger tests when they are missing,
# then pytest (extra arguments go to pytest).
# The README's Quick start and .ci/run both run exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'

if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium for the browser tests (apt-get install chromium)..." >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium \
        || echo "Could not install Chromium: the browser tests will fail until it is installed." >&2
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
    echo "Installing PostgreSQL for the ledger tests (apt-get install postgresql)..." >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq postgresql \
        || echo "Could not install PostgreSQL: the PostgreSQL ledger tests will fail in CI until it is installed." >&2
fi

.venv/bin/pytest -q "$@"
