#!/usr/bin/env bash
# Lints every app's committed OpenAPI document with Spectral (the spectral:oas ruleset and the project's
# .spectral.yaml): an error, or a warning the ruleset does not explain, fails the build. The committed documents are
# the served ones: each app's ServiceEndpointsTest fails when they differ.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if [ "${CI:-}" = "true" ]; then
    echo "Node.js and npm are needed to lint the OpenAPI documents (.ci/run installs them)" >&2
    exit 1
  fi
  echo "WARNING: Node.js or npm is missing: the OpenAPI documents are not linted here (CI fails instead)" >&2
  exit 0
fi

# Spectral's exact version comes from package-lock.json; it is installed again only when the lock file changed.
tools=target/spectral
if ! cmp -s package-lock.json "$tools/package-lock.json"; then
  rm -rf "$tools" && mkdir -p "$tools"
  cp package.json package-lock.json "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi

documents=(../*/openapi.yaml)
"$tools/node_modules/.bin/spectral" lint --ruleset ../.spectral.yaml --fail-severity warn "${documents[@]}"
