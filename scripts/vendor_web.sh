#!/usr/bin/env bash
# Install the web front-end libraries from npm (pinned in web/package-lock.json) and copy their
# built files into src/allywatch/web/static/vendor/, which the web app serves itself: no CDN is
# contacted at page load. Run from anywhere; needs node + npm. Idempotent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/web"
dest="$root/src/allywatch/web/static/vendor"
if ! command -v npm >/dev/null 2>&1; then
  echo "vendor_web.sh: npm not found; install Node.js + npm (or keep the committed vendor files)" >&2
  exit 1
fi
if [ -f "$web/package-lock.json" ]; then
  npm ci --prefix "$web" --ignore-scripts --no-fund --no-audit --loglevel=error
else
  npm install --prefix "$web" --ignore-scripts --no-fund --no-audit --loglevel=error
fi
mkdir -p "$dest"
nm="$web/node_modules"
cp "$nm/echarts/dist/echarts.min.js" "$dest/echarts.min.js"
cp "$nm/echarts/LICENSE" "$dest/echarts.LICENSE.txt"
cp "$nm/vis-network/standalone/umd/vis-network.min.js" "$dest/vis-network.min.js"
cp "$nm/vis-network/styles/vis-network.min.css" "$dest/vis-network.min.css"
cp "$nm/vis-network/LICENSE-APACHE-2.0" "$dest/vis-network.LICENSE.txt" 2>/dev/null \
  || cp "$nm/vis-network/LICENSE"* "$dest/vis-network.LICENSE.txt" 2>/dev/null || true
cp "$nm/swagger-ui-dist/swagger-ui-bundle.js" "$dest/swagger-ui-bundle.js"
cp "$nm/swagger-ui-dist/swagger-ui.css" "$dest/swagger-ui.css"
cp "$nm/swagger-ui-dist/LICENSE" "$dest/swagger-ui.LICENSE.txt"
{
  echo "{"
  sep=""
  for pkg in echarts vis-network swagger-ui-dist; do
    v=$(node -p "require('$nm/$pkg/package.json').version")
    printf '%s "%s": "%s"' "$sep" "$pkg" "$v"; sep=$',\n'
  done
  printf '\n}\n'
} > "$dest/VERSIONS.json"
echo "vendored into $dest: $(ls "$dest" | tr '\n' ' ')"
# node_modules is only a build input: remove it so it is never committed (KEEP_NODE_MODULES=1 keeps it)
if [ "${KEEP_NODE_MODULES:-0}" != "1" ]; then rm -rf "$web/node_modules"; fi
