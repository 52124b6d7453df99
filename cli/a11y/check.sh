#!/usr/bin/env bash
# Checks the HTML page of `polku report` for WCAG 2.1 AA with axe-core in headless Chromium (GH-18).
# A developer's check, not part of ./mvnw verify. Needs Chromium from the system's packages
# (Debian: apt-get install chromium) and Node.js 20 or newer; axe-core and playwright-core come from
# npm, pinned in package-lock.json; no browser is downloaded.
#
#   cli/a11y/check.sh            report pages in fi, sv and en over the example data
#   cli/a11y/check.sh PAGE.html  the given pages
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
if [ ! -d node_modules ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
if [ $# -gt 0 ]; then
  exec node check.mjs "$@"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
data="$root/examples/data/valid"
for lang in fi sv en; do
  status=0
  "$root/polku" report --format html --lang "$lang" --on 2026-12-02 "$data/client.json" \
      "$data/path-hameenlinna-2020.json" "$root/cli/src/test/resources/documents/valid/path.json" \
      > "$out/report-$lang.html" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "polku report failed with status $status" >&2
    exit 2
  fi
done
node check.mjs "$out"/report-*.html
