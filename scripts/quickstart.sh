#!/usr/bin/env bash
# Install allywatch into ./.venv (with the web front-end libraries from npm) and run the main
# job on the bundled example pages: ingest, clean, code events, store in ./allywatch.duckdb.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e .
bash scripts/vendor_web.sh
db=allywatch.duckdb
.venv/bin/allywatch run src/allywatch/examples --db "$db"
.venv/bin/allywatch docs --db "$db"
.venv/bin/allywatch events --db "$db"
.venv/bin/allywatch digest --db "$db" -o digest.md
echo "Done. Browse with: .venv/bin/allywatch serve --db $db  (http://127.0.0.1:8000)" >&2
