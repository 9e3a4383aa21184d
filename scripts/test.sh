#!/usr/bin/env bash
# Install what the tests need — the package with its test extras, the web front-end libraries
# from npm, Debian's Chromium and a CJK font for the browser test — and run the whole suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e ".[test]"
bash scripts/vendor_web.sh
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi wenquanyi; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
  else
    echo "test.sh: chromium or fonts-wqy-microhei missing and not root: the browser test will skip" >&2
  fi
fi
exec .venv/bin/python -m pytest -q "$@"
